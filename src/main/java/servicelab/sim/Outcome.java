package servicelab.sim;

/** How a request ended (CLI.md): results, not failures. */
public enum Outcome {
    DELIVERED, REFUSED, TIMEOUT, NXDOMAIN, HTTP_404, HTTP_500, HTTP_503, EXTERNAL, REDIRECT
}
