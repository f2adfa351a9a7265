package servicelab.model;

import java.util.List;

/**
 * A readiness, liveness or startup probe. Exactly one handler should be set; the validator
 * reports none or several. Timing fields are null when absent (defaults are applied later).
 */
public record Probe(Exec exec, HttpGet httpGet, TcpSocket tcpSocket, Grpc grpc,
                    Integer initialDelaySeconds, Integer timeoutSeconds, Integer periodSeconds,
                    Integer successThreshold, Integer failureThreshold, Long terminationGracePeriodSeconds) {

    public record Exec(List<String> command) {
        public Exec {
            command = Maps.copy(command);
        }
    }

    public record HttpGet(String path, IntOrString port, String host, String scheme, List<Header> httpHeaders) {
        public HttpGet {
            httpHeaders = Maps.copy(httpHeaders);
        }
    }

    public record Header(String name, String value) {
    }

    public record TcpSocket(IntOrString port, String host) {
    }

    public record Grpc(Integer port, String service) {
    }

    public int initialDelayOrDefault() {
        return initialDelaySeconds == null ? 0 : initialDelaySeconds;
    }

    public int timeoutOrDefault() {
        return timeoutSeconds == null || timeoutSeconds == 0 ? 1 : timeoutSeconds;
    }

    public int periodOrDefault() {
        return periodSeconds == null || periodSeconds == 0 ? 10 : periodSeconds;
    }

    public int successThresholdOrDefault() {
        return successThreshold == null || successThreshold == 0 ? 1 : successThreshold;
    }

    public int failureThresholdOrDefault() {
        return failureThreshold == null || failureThreshold == 0 ? 3 : failureThreshold;
    }
}
