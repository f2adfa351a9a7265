package servicelab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import servicelab.kubectl.Kubectl;
import servicelab.kubectl.LiveCluster;
import servicelab.kubectl.TextHost;
import servicelab.manifest.ManifestText;
import servicelab.sim.Endpoint;
import servicelab.sim.Outcome;
import servicelab.sim.Router;
import servicelab.sim.SimPod;
import servicelab.sim.Simulation;
import servicelab.sim.Trace;
import servicelab.sim.World;

/**
 * Runs a class plan headless, step by step, on the same simulated cluster the app uses: every
 * scene and exercise it names exists, every console command succeeds, every request has a client,
 * and every {@code expect} holds. A plan that passes here plays the same way in presenter mode
 * (same seed, same commands). Problems are "line: why" strings.
 */
public final class ClassPlanCheck {
    /** {@code {pod:app=kubia}}: the first running pod (by name) with those labels; plans cannot know generated names. */
    private static final Pattern POD = Pattern.compile("\\{pod:([^}]+)}");

    private final Lesson lesson;
    private final List<Exercise> exercises;
    private final Quiz quiz;
    private TextHost host;
    private Kubectl kubectl;

    public ClassPlanCheck(Lesson lesson, List<Exercise> exercises, Quiz quiz) {
        this.lesson = lesson;
        this.exercises = exercises;
        this.quiz = quiz;
    }

    /** The problems of a plan; none means it plays through. */
    public List<String> check(ClassPlan plan) {
        List<String> problems = new ArrayList<>();
        Set<ClassPlan.Kind> kinds = new HashSet<>();
        int sum = 0;
        for (ClassPlan.Step s : plan.steps()) {
            kinds.add(s.kind());
            sum += s.minutes();
            String why = run(plan, s);
            if (why != null) {
                problems.add(s.line() + ": " + why);
            }
        }
        for (ClassPlan.Kind k : List.of(ClassPlan.Kind.SCENE, ClassPlan.Kind.PREDICT, ClassPlan.Kind.EXERCISE, ClassPlan.Kind.QUIZ)) {
            if (!kinds.contains(k)) {
                problems.add("1: a class plan has at least one " + k.name().toLowerCase(java.util.Locale.ROOT) + " step");
            }
        }
        if (plan.minutes() > 0 && sum > 0 && sum != plan.minutes()) {
            problems.add("1: the steps take " + sum + " minutes, the plan says " + plan.minutes());
        }
        return problems;
    }

    private String run(ClassPlan plan, ClassPlan.Step s) {
        switch (s.kind()) {
            case EXPLAIN -> {
                return null;
            }
            case SCENE -> {
                String text = sceneText(s.arg());
                if (text == null) {
                    return "no scene " + s.arg() + " (scene.yaml or an exercise id of this chapter)";
                }
                load(text, plan.seed());
                return null;
            }
            case EXERCISE -> {
                Exercise e = exercise(s.arg());
                if (e == null) {
                    return "no exercise " + s.arg() + " in this chapter";
                }
                load(sceneText(s.arg()), plan.seed());
                return null;
            }
            case QUIZ -> {
                for (String id : s.ids()) {
                    if (quiz.items().stream().noneMatch(q -> id.equals(q.id()))) {
                        return "no quiz item " + id + " in this chapter";
                    }
                }
                return null;
            }
            default -> {
                if (host == null) {
                    return "no scene is loaded before this step";
                }
                return runOnCluster(s);
            }
        }
    }

    private String runOnCluster(ClassPlan.Step s) {
        Simulation sim = host.simulation();
        switch (s.kind()) {
            case KUBECTL -> {
                String line = expand(s.arg(), sim);
                if (line == null) {
                    return "no running pod matches " + s.arg();
                }
                Kubectl.Result r = kubectl.run(line);
                if (r.exitCode() != 0) {
                    return "kubectl " + line + " failed: " + r.output().strip().lines().findFirst().orElse("");
                }
                return expectEndpoints(s.expect(), host.simulation());
            }
            case SEND, PREDICT -> {
                Router.Client c = sim.router().client(s.from());
                if (c == null) {
                    return "no client " + s.from() + " in the scene";
                }
                List<Trace> traces = new ArrayList<>();
                for (int i = 0; i < s.count(); i++) {
                    traces.add(sim.router().send(c, s.to()));
                }
                return expectTraces(s.expect(), traces);
            }
            case WAIT -> {
                sim.advance(s.seconds() * 1000L);
                return expectEndpoints(s.expect(), sim);
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
    }

    private static String expectTraces(ClassPlan.Expect e, List<Trace> traces) {
        if (e == null) {
            return null;
        }
        if (e.outcome() != null) {
            for (Trace t : traces) {
                if (t.outcome() != Outcome.valueOf(e.outcome())) {
                    return "expected " + e.outcome() + ", a request ended " + t.outcome();
                }
            }
        }
        if (e.pods() >= 0) {
            long pods = traces.stream().filter(t -> t.pod() != null).map(Trace::pod).distinct().count();
            if (pods != e.pods()) {
                return "expected " + e.pods() + " different pods to answer, " + pods + " did";
            }
        }
        return null;
    }

    private static String expectEndpoints(ClassPlan.Expect e, Simulation sim) {
        if (e == null || e.service() == null) {
            return null;
        }
        // "cart" is the default namespace's Service; "shop/cart" names another namespace's
        int slash = e.service().indexOf('/');
        List<Endpoint> eps = slash < 0 ? sim.endpoints("default", e.service())
                : sim.endpoints(e.service().substring(0, slash), e.service().substring(slash + 1));
        long ready = eps == null ? 0 : eps.stream().filter(Endpoint::ready).count();
        if (e.ready() >= 0 && ready != e.ready()) {
            return "expected " + e.ready() + " ready endpoints of " + e.service() + " at " + sim.now() / 1000 + " s, found " + ready;
        }
        return null;
    }

    private void load(String text, long seed) {
        host = new TextHost(new LiveCluster(World.defaults(), seed), text);
        host.simulation().settle();
        kubectl = new Kubectl(host);
    }

    String sceneText(String arg) {
        return sceneText(lesson, exercises, arg);
    }

    /** A plan's scene: "scene.yaml" (the chapter's), or an exercise's start (the chapter's scene when it has none); null when neither. */
    public static String sceneText(Lesson lesson, List<Exercise> exercises, String arg) {
        Exercise e = exercises.stream().filter(x -> x.id().equals(arg)).findFirst().orElse(null);
        if (e != null && e.start() != null) {
            return e.start();
        }
        if (e == null && !"scene.yaml".equals(arg)) {
            return null;
        }
        Path p = lesson.dir().resolve("scene.yaml");
        try {
            return Files.exists(p) ? ManifestText.decode(servicelab.text.TextFiles.read(p, ManifestText.MAX_BYTES)) : null;
        } catch (IOException ex) {
            return null;
        }
    }

    private Exercise exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Replaces each {pod:k=v,…} with the first running pod (by name) carrying those labels; null when none does. */
    public static String expand(String line, Simulation sim) {
        Matcher m = POD.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Map<String, String> want = new LinkedHashMap<>();
            for (String kv : m.group(1).split(",")) {
                String[] p = kv.split("=", 2);
                want.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
            }
            String name = sim.userPods().stream().filter(SimPod::running)
                    .filter(p -> want.entrySet().stream().allMatch(w -> w.getValue().equals(p.labels().get(w.getKey()))))
                    .map(SimPod::name).min(Comparator.naturalOrder()).orElse(null);
            if (name == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }
}
