package servicelab.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import servicelab.sim.Endpoint;
import servicelab.sim.Router;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;

/**
 * ClusterIP routing decisions per second on one thread (issue 3 targets: 5 million/s with
 * traces off, 1 million/s with full traces). Run with {@code bin/bench RoutingBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RoutingBench {
    Simulation sim;
    Router router;
    Router.Client client;
    String clusterIP;
    String url;

    @Setup
    public void setup() {
        sim = Soak.cluster(42);
        router = sim.router();
        client = router.client("pod/client");
        clusterIP = sim.service("default", "kubia").clusterIP();
        url = "http://" + clusterIP + "/";
    }

    @Benchmark
    public Endpoint decisionTracesOff() {
        return router.decideClusterIp(client, clusterIP, 80);
    }

    @Benchmark
    public Trace decisionFullTrace() {
        return router.send(client, url);
    }

    @Benchmark
    public Trace byNameWithDnsAndTrace() {
        return router.send(client, "http://kubia/");
    }
}
