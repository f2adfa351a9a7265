package servicelab.bench;

/** Realistic manifests for benchmarks: Deployments with probes, Services of every type, Ingresses. */
public final class BenchData {
    private BenchData() {
    }

    /** 50 documents, about 1,500 lines. */
    public static String fiftyDocuments() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            String app = "app-" + i;
            if (sb.length() > 0) {
                sb.append("---\n");
            }
            sb.append("""
                    # workload %1$s
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %1$s
                      labels:
                        app: %1$s
                        tier: backend
                    spec:
                      replicas: 3
                      selector:
                        matchLabels:
                          app: %1$s
                      template:
                        metadata:
                          labels:
                            app: %1$s
                            tier: backend
                        spec:
                          containers:
                          - name: web
                            image: luksa/kubia:v%2$d
                            ports:
                            - name: http
                              containerPort: 8080
                            - name: metrics
                              containerPort: 9090
                            env:
                            - name: MODE
                              value: "production"
                            readinessProbe:
                              httpGet:
                                path: /healthz
                                port: http
                              initialDelaySeconds: 5
                              periodSeconds: 5
                              failureThreshold: 3
                            livenessProbe:
                              tcpSocket:
                                port: 8080
                              periodSeconds: 10
                          - name: sidecar
                            image: busybox
                            command: ["sh", "-c", "sleep 3600"]
                            readinessProbe:
                              exec:
                                command:
                                - ls
                                - /var/ready
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: %1$s
                      labels:
                        app: %1$s
                    spec:
                      type: %3$s
                      sessionAffinity: ClientIP
                      ports:
                      - name: http
                        port: 80
                        targetPort: http
                      - name: metrics
                        port: 9090
                        targetPort: 9090
                      selector:
                        app: %1$s
                    """.formatted(app, i, i % 3 == 0 ? "NodePort" : i % 3 == 1 ? "LoadBalancer" : "ClusterIP"));
            if (i < 16) {
                sb.append("""
                        ---
                        apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata:
                          name: %1$s
                          annotations:
                            nginx.ingress.kubernetes.io/affinity: "cookie"
                        spec:
                          ingressClassName: nginx
                          rules:
                          - host: %1$s.example.com
                            http:
                              paths:
                              - path: /
                                pathType: Prefix
                                backend:
                                  service:
                                    name: %1$s
                                    port:
                                      number: 80
                              - path: /metrics
                                pathType: Exact
                                backend:
                                  service:
                                    name: %1$s
                                    port:
                                      name: metrics
                        """.formatted(app));
            }
        }
        return sb.toString();
    }
}
