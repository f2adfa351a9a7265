package servicelab.workspace;

/** Who changed the manifest text. */
public enum Origin {
    /** The learner typed (or undid, or pasted) in the editor: checked after the typing pause. */
    EDITOR,
    /** A diagram menu: one transaction, checked at once. */
    DIAGRAM,
    /** A kubectl command in the console: checked at once; the console prints when the cluster has it. */
    CONSOLE,
    /** A suggested fix from the problems list. */
    FIX,
    /** A new text replaced the old one (a file, an example, an exercise, new): everything of the old one goes. */
    OPEN
}
