package servicelab.sim;

/** The classic selector-less Service for a database outside the cluster, as one manifest (shared by tests). */
public final class SelectorlessServiceTestData {
    public static final String SCENE = SelectorlessServiceTest.DB_SERVICE + "---\n"
            + SelectorlessServiceTest.endpoints("10.240.0.5", "") + "---\n" + SimulationTest.CLIENT;

    private SelectorlessServiceTestData() {
    }
}
