package servicelab.workspace.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A number drawn once per local profile ({@code learner-seed} beside progress.json) that orders
 * this learner's quiz choices: stable across restarts, different from the next learner's. An
 * unreadable file is replaced; if the profile cannot be written, the seed lives for this run only.
 */
public final class LearnerSeed {
    private LearnerSeed() {
    }

    public static long load(Path home) {
        Path file = home.resolve("learner-seed");
        try {
            if (Files.exists(file)) {
                return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException | NumberFormatException e) {
            // not ours or damaged: draw a new one below
        }
        long seed = new java.security.SecureRandom().nextLong();
        try {
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, "learner-seed", ".tmp");
            Files.writeString(tmp, Long.toString(seed), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a read-only profile: the order holds for this run
        }
        return seed;
    }
}
