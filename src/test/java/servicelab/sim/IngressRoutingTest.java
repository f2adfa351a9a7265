package servicelab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import servicelab.model.Ingress;
import servicelab.model.IngressClass;
import servicelab.model.ObjectMeta;
import servicelab.sim.IngressRouting.CookieAffinity;
import servicelab.sim.IngressRouting.Result;
import servicelab.sim.IngressRouting.Route;

class IngressRoutingTest {

    private static final String NGINX = IngressRouting.NGINX_CONTROLLER;
    /** The default world: controller ingress-nginx, its class "nginx" marked default. */
    private static final List<IngressClass> WORLD = List.of(ingressClass("nginx", NGINX, true));

    // ------------------------------------------------------------ builders

    private static IngressClass ingressClass(String name, String controller, boolean isDefault) {
        Map<String, String> ann = isDefault ? Map.of(IngressClass.DEFAULT_CLASS_ANNOTATION, "true") : null;
        return new IngressClass(new ObjectMeta(name, null, null, null, ann), controller);
    }

    private static Ingress.Backend svc(String name, int port) {
        return new Ingress.Backend(new Ingress.ServiceBackend(name, null, port), null);
    }

    private static Ingress.Path path(String type, String path, String service) {
        return new Ingress.Path(path, type, svc(service, 80));
    }

    private static Ingress.Rule rule(String host, Ingress.Path... paths) {
        return new Ingress.Rule(host, List.of(paths), true);
    }

    private static Ingress ingress(String name, Map<String, String> annotations, String className,
                                   Ingress.Backend defaultBackend, Ingress.Rule... rules) {
        return new Ingress(new ObjectMeta(name, null, null, null, annotations),
                new Ingress.Spec(className, defaultBackend, null, rules.length == 0 ? null : List.of(rules)));
    }

    private static Ingress ingress(String name, Ingress.Rule... rules) {
        return ingress(name, null, null, null, rules);
    }

    private static Route route(List<Ingress> ingresses, String host, String path) {
        return IngressRouting.route(ingresses, WORLD, NGINX, host, path);
    }

    private static void assertBackend(Route r, String ingress, String service) {
        assertEquals(Result.PATH, r.result(), () -> "expected a path match, got " + r);
        assertEquals(ingress, r.ingress());
        assertEquals(service, r.backend().name());
    }

    /** "Exact:/foo Prefix:/" into one host-less rule whose paths go to svc0, svc1, ... */
    private static Ingress fromTable(String paths) {
        List<Ingress.Path> list = new ArrayList<>();
        String[] entries = paths.trim().split("\\s+");
        for (int i = 0; i < entries.length; i++) {
            String[] typeAndPath = entries[i].split(":", 2);
            list.add(path(typeAndPath[0], typeAndPath[1], "svc" + i));
        }
        return ingress("table", rule(null, list.toArray(new Ingress.Path[0])));
    }

    // ------------------------------------------------------------ path matching

    /**
     * The "Examples" table of the Kubernetes Ingress concept page (section Path types), row by row.
     * "(all paths)" is sampled; a row listing two request paths is split in two. "none" means no rule
     * matches, so the controller's default backend answers (ingress-nginx: 404).
     */
    @ParameterizedTest(name = "{0} {1} <- {2} => {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Prefix | Prefix:/                                  | /                 | Prefix:/
            Prefix | Prefix:/                                  | /foo              | Prefix:/
            Prefix | Prefix:/                                  | /aaa/bbb/ccc.html | Prefix:/
            Exact  | Exact:/foo                                | /foo              | Exact:/foo
            Exact  | Exact:/foo                                | /bar              | none
            Exact  | Exact:/foo                                | /foo/             | none
            Exact  | Exact:/foo/                               | /foo              | none
            Prefix | Prefix:/foo                               | /foo              | Prefix:/foo
            Prefix | Prefix:/foo                               | /foo/             | Prefix:/foo
            Prefix | Prefix:/foo/                              | /foo              | Prefix:/foo/
            Prefix | Prefix:/foo/                              | /foo/             | Prefix:/foo/
            Prefix | Prefix:/aaa/bb                            | /aaa/bbb          | none
            Prefix | Prefix:/aaa/bbb                           | /aaa/bbb          | Prefix:/aaa/bbb
            Prefix | Prefix:/aaa/bbb/                          | /aaa/bbb          | Prefix:/aaa/bbb/
            Prefix | Prefix:/aaa/bbb                           | /aaa/bbb/         | Prefix:/aaa/bbb
            Prefix | Prefix:/aaa/bbb                           | /aaa/bbb/ccc      | Prefix:/aaa/bbb
            Prefix | Prefix:/aaa/bbb                           | /aaa/bbbxyz       | none
            Prefix | Prefix:/ Prefix:/aaa                      | /aaa/ccc          | Prefix:/aaa
            Prefix | Prefix:/ Prefix:/aaa Prefix:/aaa/bbb      | /aaa/bbb          | Prefix:/aaa/bbb
            Prefix | Prefix:/ Prefix:/aaa Prefix:/aaa/bbb      | /ccc              | Prefix:/
            Prefix | Prefix:/aaa                               | /ccc              | none
            Mixed  | Prefix:/foo Exact:/foo                    | /foo              | Exact:/foo
            """)
    void docsPathExamples(String kind, String paths, String request, String expected) {
        Route r = route(List.of(fromTable(paths)), "example.test", request);
        if (expected.equals("none")) {
            assertEquals(Result.HTTP_404, r.result(), r::toString);
            return;
        }
        String[] typeAndPath = expected.split(":", 2);
        assertEquals(Result.PATH, r.result(), r::toString);
        assertEquals(typeAndPath[0], r.pathType());
        assertEquals(typeAndPath[1], r.matchedPath());
        assertEquals("table", r.ingress());
        assertEquals(0, r.rule());
    }

    @Test
    void exactBeatsPrefixWhicheverIsWrittenFirst() {
        Route r = route(List.of(fromTable("Exact:/foo Prefix:/foo")), null, "/foo");
        assertEquals("Exact", r.pathType());
        assertEquals(0, r.pathIndex());
        r = route(List.of(fromTable("Prefix:/foo/ Exact:/foo")), null, "/foo");
        assertEquals("Exact", r.pathType(), "a trailing slash does not make a Prefix path longer");
        assertEquals(1, r.pathIndex());
        r = route(List.of(fromTable("Prefix:/foo/ Exact:/foo")), null, "/foo/x");
        assertEquals("Prefix", r.pathType());
    }

    @ParameterizedTest
    @CsvSource({"Exact, /foo, /FOO", "Prefix, /foo, /Foo/bar", "ImplementationSpecific, /foo, /FOO"})
    void matchingIsCaseSensitive(String type, String rulePath, String request) {
        assertEquals(Result.HTTP_404, route(List.of(fromTable(type + ":" + rulePath)), null, request).result());
    }

    @Test
    void queryStringAndDoubleSlashesDoNotChangeTheMatch() {
        Ingress ing = fromTable("Prefix:/aaa/bbb Exact:/x");
        assertEquals("/aaa/bbb", route(List.of(ing), null, "/aaa//bbb/ccc").matchedPath());
        Route r = route(List.of(ing), null, "/x?page=2#top");
        assertEquals("/x", r.path());
        assertEquals("Exact", r.pathType());
    }

    /** ingress-nginx renders ImplementationSpecific as a plain nginx prefix location: character-wise. */
    @ParameterizedTest
    @CsvSource({"/foo, /foo, true", "/foo, /foobar, true", "/foo, /foo/x, true", "/foo/, /foo, false",
            "/, /anything, true"})
    void implementationSpecificIsAnNginxStringPrefix(String rulePath, String request, boolean matches) {
        Route r = route(List.of(fromTable("ImplementationSpecific:" + rulePath)), null, request);
        assertEquals(matches, r.result() == Result.PATH, r::toString);
    }

    @Test
    void prefixOutranksImplementationSpecificOfTheSamePath() {
        Route r = route(List.of(fromTable("ImplementationSpecific:/foo Prefix:/foo")), null, "/foo/x");
        assertEquals("Prefix", r.pathType());
        r = route(List.of(fromTable("ImplementationSpecific:/foo Prefix:/foo")), null, "/foobar");
        assertEquals("ImplementationSpecific", r.pathType(), "only the string prefix matches /foobar");
    }

    @Test
    void useRegexTurnsImplementationSpecificIntoACaseInsensitiveAnchoredRegex() {
        Map<String, String> regex = Map.of(IngressRouting.USE_REGEX, "true");
        Ingress ing = ingress("re", regex, null, null,
                rule(null, path("ImplementationSpecific", "/api/v[0-9]+", "api"), path("Prefix", "/", "web")));
        assertEquals("api", route(List.of(ing), null, "/API/V2/users").backend().name());
        assertEquals("web", route(List.of(ing), null, "/api/vx").backend().name());
        assertEquals("web", route(List.of(ing), null, "/x/api/v2").backend().name(), "anchored at the start");
    }

    /**
     * ingress-nginx docs, user-guide/ingress-path-matching.md, "Path Priority": test-ingress-1 has
     * Prefix /foo/bar and /foo/bar/, test-ingress-2 (rewrite-target) /foo/bar/(.+). The rewrite
     * makes every path of test.com a case-insensitive regex, tried longest first.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"/foo/bar/1, service3", "/foo/bar/, service2", "/foo/bar, service1", "/FOO/BAR, service1",
        "/foo/barbaz, service1"})
    void pathPriorityExampleOfTheIngressNginxDocs(String request, String service) {
        Ingress one = ingress("test-ingress-1", rule("test.com", path("Prefix", "/foo/bar", "service1"),
                path("Prefix", "/foo/bar/", "service2")));
        Ingress two = ingress("test-ingress-2", Map.of(IngressRouting.REWRITE_TARGET, "/$1"), null, null,
                rule("test.com", path("ImplementationSpecific", "/foo/bar/(.+)", "service3")));
        Route r = route(List.of(one, two), "test.com", request);
        assertEquals(service, r.backend().name(), r::toString);
        assertTrue(r.regexHost());
        // without test-ingress-2 the host keeps Kubernetes' element-wise, case-sensitive Prefix
        Route plain = route(List.of(one), "test.com", request);
        assertFalse(plain.regexHost());
        if (request.equals("/FOO/BAR") || request.equals("/foo/barbaz")) {
            assertEquals(Result.HTTP_404, plain.result(), plain::toString);
        }
    }

    /**
     * The same page's "Warning": with use-regex, /foo/bar/[A-Z0-9]{3} is written before the
     * (shorter) /foo/bar/bar, so a request for /foo/bar/bar goes to the regex path's backend.
     */
    @Test
    void theFirstRegexMatchWinsNotTheLongestExactOne() {
        Ingress ing = ingress("test-ingress-3", Map.of(IngressRouting.USE_REGEX, "true"), null, null,
                rule("test.com", path("Prefix", "/foo/bar/bar", "bar"), path("ImplementationSpecific", "/foo/bar/[A-Z0-9]{3}", "regex")));
        Route r = route(List.of(ing), "test.com", "/foo/bar/bar");
        assertEquals("regex", r.backend().name());
        assertEquals(List.of("/foo/bar/[A-Z0-9]{3}", "/foo/bar/bar"), r.tested().stream().map(IngressRouting.Step::path).toList());
    }

    /**
     * "enforced on ALL paths for a given host regardless of what Ingress they are defined on": an
     * Exact path of another Ingress becomes ~* "^/api" (location.go keeps it; template.go renders it),
     * so it matches a longer path and any case; another host is not touched.
     */
    @Test
    void anotherIngressesRegexTurnsExactIntoACaseInsensitivePrefix() {
        Ingress exact = ingress("exact", rule("a.com", path("Exact", "/api", "api")), rule("b.com", path("Exact", "/api", "api")));
        Ingress regex = ingress("regex", Map.of(IngressRouting.USE_REGEX, "true"), null, null,
                rule("a.com", path("ImplementationSpecific", "/static/.*", "static")));
        assertEquals("api", route(List.of(exact, regex), "a.com", "/API/v2").backend().name());
        assertEquals(Result.HTTP_404, route(List.of(exact, regex), "b.com", "/API/v2").result());
        assertEquals(Result.HTTP_404, route(List.of(exact), "a.com", "/API/v2").result());
    }

    @Test
    void aCatastrophicRegexAnswers500WithinItsBudgetInsteadOfFreezing() {
        Map<String, String> regex = Map.of(IngressRouting.USE_REGEX, "true");
        // A back reference turns off java.util.regex's loop memo: (a+)+\1b backtracks exponentially
        // (24 characters: 0.4 s; 40 would take hours unbounded).
        Ingress ing = ingress("re", regex, null, null,
                rule(null, path("ImplementationSpecific", "/(a+)+\\1b", "api"), path("Prefix", "/", "web")));
        Route r = route(List.of(ing), null, "/" + "a".repeat(40) + "c");
        assertTrue(r.isServerError(), "nginx answers 500 when PCRE hits its match limit");
        assertEquals("/(a+)+\\1b", r.matchedPath());
        assertEquals(null, r.backend());
        // A short request still matches normally.
        assertEquals("api", route(List.of(ing), null, "/aaaab").backend().name());
        assertEquals("web", route(List.of(ing), null, "/aac").backend().name());
    }

    @Test
    void aLongPathAgainstARecursiveRegexIsBoundedToo() {
        Map<String, String> regex = Map.of(IngressRouting.USE_REGEX, "true");
        Ingress ing = ingress("re", regex, null, null,
                rule(null, path("ImplementationSpecific", "/(a|b)*$", "api"), path("Prefix", "/", "web")));
        String longPath = "/" + "ab".repeat(50_000);
        Route r = route(List.of(ing), null, longPath);
        // java.util.regex recurses per repetition of a group: either it matches or the bound answers 500,
        // never a StackOverflowError.
        assertTrue(r.isServerError() || "api".equals(r.backend().name()));
    }

    @Test
    void pathsWithResourceBackendsAreSkipped() {
        Ingress.Path resource = new Ingress.Path("/icons", "Prefix",
                new Ingress.Backend(null, new Ingress.ResourceRef("k8s.example.com", "StorageBucket", "icons")));
        Ingress ing = ingress("res", rule(null, resource, path("Prefix", "/", "web")));
        Route r = route(List.of(ing), null, "/icons/a.png");
        assertEquals("web", r.backend().name());
        assertEquals(1, r.pathIndex());
    }

    @Test
    void testedListsTheServersPathsLongestFirst() {
        Route r = route(List.of(fromTable("Prefix:/ Prefix:/aaa Exact:/aaa/bbb Prefix:/aaa/bbb")), null, "/aaa/bbb");
        List<String> order = new ArrayList<>();
        for (IngressRouting.Step s : r.tested()) {
            order.add(s.pathType() + ":" + s.path() + "=" + s.matched());
        }
        assertEquals(List.of("Exact:/aaa/bbb=true", "Prefix:/aaa/bbb=true", "Prefix:/aaa=true", "Prefix:/=true"),
                order);
        assertEquals("Exact", r.pathType());
    }

    // ------------------------------------------------------------ hosts

    /** The "Hostname wildcards" table of the Kubernetes Ingress concept page, plus Host header forms. */
    @ParameterizedTest
    @CsvSource({"bar.foo.com, true", "baz.bar.foo.com, false", "foo.com, false", "BAR.Foo.COM, true",
            "bar.foo.com:8080, true", "bar.foo.com., true", "barfoo.com, false"})
    void wildcardCoversExactlyOneLabel(String hostHeader, boolean matches) {
        Ingress ing = ingress("wild", rule("*.foo.com", path("Prefix", "/", "wild")));
        Route r = route(List.of(ing), hostHeader, "/");
        assertEquals(matches, r.result() == Result.PATH, r::toString);
        if (matches) {
            assertEquals("*.foo.com", r.matchedHost());
        }
    }

    @ParameterizedTest
    @CsvSource({"bar.foo.com, exact, bar.foo.com", "baz.foo.com, wild, *.foo.com", "foo.com, catchall, ",
            "a.b.foo.com, catchall, ", "198.51.100.30, catchall, ", "198.51.100.30:80, catchall, ",
            "'', catchall, "})
    void exactHostBeatsWildcardBeatsNoHost(String hostHeader, String service, String server) {
        List<Ingress> ings = List.of(
                ingress("any", rule(null, path("Prefix", "/", "catchall"))),
                ingress("wild", rule("*.foo.com", path("Prefix", "/", "wild"))),
                ingress("exact", rule("bar.foo.com", path("Prefix", "/", "exact"))));
        Route r = route(ings, hostHeader, "/x");
        assertEquals(service, r.backend().name());
        assertEquals(server, r.matchedHost());
    }

    @Test
    void aChosenHostNeverFallsBackToLessSpecificRules() {
        List<Ingress> ings = List.of(
                ingress("any", rule(null, path("Prefix", "/", "catchall"))),
                ingress("exact", rule("bar.foo.com", path("Prefix", "/api", "api"))));
        assertEquals("api", route(ings, "bar.foo.com", "/api/v1").backend().name());
        Route r = route(ings, "bar.foo.com", "/other");
        assertEquals(Result.HTTP_404, r.result(), "nginx picked server bar.foo.com; its root is the 404 backend");
        assertEquals("bar.foo.com", r.matchedHost());
    }

    @Test
    void aNullHostReachesOnlyHostlessRules() {
        List<Ingress> ings = List.of(ingress("exact", rule("kubia.example.com", path("Prefix", "/", "kubia"))));
        assertEquals(Result.HTTP_404, route(ings, null, "/").result());
    }

    // ------------------------------------------------------------ the learner's cases (chapter 11)

    @ParameterizedTest
    @CsvSource({"Prefix", "ImplementationSpecific"})
    void seedIngressSendsKubiaExampleComToKubiaNodeport(String pathType) {
        Ingress seed = ingress("kubia", rule("kubia.example.com", path(pathType, "/", "kubia-nodeport")));
        Route r = route(List.of(seed), "kubia.example.com", "/");
        assertBackend(r, "kubia", "kubia-nodeport");
        assertEquals(80, r.backend().portNumber());
        assertEquals("default", r.namespace());
        assertEquals(0, r.rule());
        assertEquals(0, r.pathIndex());
        assertEquals("/", r.matchedPath());
        assertEquals(pathType, r.pathType());
        assertFalse(r.affinity().enabled());
        assertEquals(Result.HTTP_404, route(List.of(seed), "bar.example.com", "/").result());
    }

    @ParameterizedTest
    @CsvSource({"kubia.example.com, /, kubia-nodeport", "kubia.example.com, /foo, foo",
            "kubia.example.com, /foo/x, foo", "kubia.example.com, /foobar, kubia-nodeport",
            "bar.example.com, /anything, bar", "bar.example.com, /, bar"})
    void exercise11dot3OneIngressTwoHosts(String host, String path, String service) {
        Ingress ing = ingress("kubia",
                rule("kubia.example.com", path("Prefix", "/", "kubia-nodeport"), path("Prefix", "/foo", "foo")),
                rule("bar.example.com", path("Prefix", "/", "bar")));
        assertBackend(route(List.of(ing), host, path), "kubia", service);
    }

    // ------------------------------------------------------------ several Ingresses

    @Test
    void rulesOfSeveralIngressesForOneHostAreMergedLongestPathFirst() {
        List<Ingress> ings = List.of(
                ingress("site", rule("kubia.example.com", path("Prefix", "/", "kubia-nodeport"))),
                ingress("foo", rule("kubia.example.com", path("Prefix", "/foo", "foo"))));
        assertBackend(route(ings, "kubia.example.com", "/foo/x"), "foo", "foo");
        assertBackend(route(ings, "kubia.example.com", "/foobar"), "site", "kubia-nodeport");
        assertBackend(route(ings, "kubia.example.com", "/"), "site", "kubia-nodeport");
    }

    @Test
    void theOldestIngressWinsAnIdenticalPath() {
        Ingress older = ingress("older", rule("kubia.example.com", path("Prefix", "/api", "v1")));
        Ingress newer = ingress("newer", rule("kubia.example.com", path("Prefix", "/api", "v2")));
        assertBackend(route(List.of(older, newer), "kubia.example.com", "/api"), "older", "v1");
        assertBackend(route(List.of(newer, older), "kubia.example.com", "/api"), "newer", "v2");
    }

    @Test
    void aLongerPathInANewerIngressStillWins() {
        Ingress older = ingress("older", rule("kubia.example.com", path("Prefix", "/api", "v1")));
        Ingress newer = ingress("newer", rule("kubia.example.com", path("Exact", "/api/health", "health")));
        assertBackend(route(List.of(older, newer), "kubia.example.com", "/api/health"), "newer", "health");
    }

    // ------------------------------------------------------------ default backend vs 404

    @Test
    void unmatchedPathUsesTheHostsIngressDefaultBackend() {
        Ingress ing = ingress("shop", null, null, svc("fallback", 8080),
                rule("shop.example.com", path("Prefix", "/cart", "cart")));
        Route r = route(List.of(ing), "shop.example.com", "/other");
        assertEquals(Result.DEFAULT_BACKEND, r.result());
        assertTrue(r.isDefaultBackend());
        assertEquals("shop", r.ingress());
        assertEquals("fallback", r.backend().name());
        assertEquals(8080, r.backend().portNumber());
        assertNull(r.rule());
        assertNull(r.matchedPath());
        assertEquals(Result.HTTP_404, route(List.of(ing), "other.example.com", "/other").result(),
                "an Ingress's defaultBackend serves only the hosts of its own rules");
    }

    @Test
    void theHostsDefaultBackendComesFromTheIngressThatCreatedItsServer() {
        Ingress first = ingress("first", rule("shop.example.com", path("Prefix", "/cart", "cart")));
        Ingress second = ingress("second", null, null, svc("fallback", 80),
                rule("shop.example.com", path("Prefix", "/pay", "pay")));
        assertEquals(Result.HTTP_404, route(List.of(first, second), "shop.example.com", "/x").result());
        Route r = route(List.of(second, first), "shop.example.com", "/x");
        assertEquals(Result.DEFAULT_BACKEND, r.result());
        assertEquals("second", r.ingress());
    }

    @Test
    void aRulelessIngressIsTheCatchAllForUnknownHosts() {
        Ingress single = ingress("test-ingress", null, null, svc("test", 80));
        Ingress site = ingress("site", rule("kubia.example.com", path("Prefix", "/app", "kubia")));
        List<Ingress> ings = List.of(site, single);
        Route r = route(ings, "203.0.113.123", "/anything");
        assertEquals(Result.DEFAULT_BACKEND, r.result());
        assertEquals("test-ingress", r.ingress());
        assertEquals("test", r.backend().name());
        assertNull(r.matchedHost());
        assertBackend(route(ings, "kubia.example.com", "/app"), "site", "kubia");
        assertEquals(Result.HTTP_404, route(ings, "kubia.example.com", "/other").result(),
                "the catch-all does not serve a host that has its own server");
    }

    @Test
    void theOldestRulelessIngressOwnsTheCatchAll() {
        Ingress a = ingress("a", null, null, svc("a", 80));
        Ingress b = ingress("b", null, null, svc("b", 80));
        assertEquals("a", route(List.of(a, b), null, "/").backend().name());
        assertEquals("b", route(List.of(b, a), null, "/").backend().name());
    }

    @Test
    void hostlessRulesWithADefaultBackendDoNotConfigureTheCatchAll() {
        // ingress-nginx creates the catch-all server itself; only a rule-less Ingress replaces its backend.
        Ingress ing = ingress("mixed", null, null, svc("fallback", 80), rule(null, path("Prefix", "/foo", "foo")));
        assertEquals("foo", route(List.of(ing), null, "/foo").backend().name());
        assertEquals(Result.HTTP_404, route(List.of(ing), null, "/bar").result());
    }

    @Test
    void nothingServedMeans404() {
        Route r = route(List.of(), "kubia.example.com", "/");
        assertTrue(r.isNotFound());
        assertNull(r.backend());
        assertNull(r.ingress());
        assertFalse(r.affinity().enabled());
        assertTrue(r.tested().isEmpty());
    }

    // ------------------------------------------------------------ classes

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            named class of ours                   | nginx | -     | nginx:k8s.io/ingress-nginx        | true
            named class of another controller     | other | -     | nginx:k8s.io/ingress-nginx:default other:example.com/lb | false
            named class that does not exist       | ghost | -     | nginx:k8s.io/ingress-nginx:default | false
            no class, our class is the default    | -     | -     | nginx:k8s.io/ingress-nginx:default | true
            no class, no default class            | -     | -     | nginx:k8s.io/ingress-nginx        | false
            no class, two default classes         | -     | -     | nginx:k8s.io/ingress-nginx:default other:k8s.io/ingress-nginx:default | false
            no class, another controller default  | -     | -     | nginx:k8s.io/ingress-nginx other:example.com/lb:default | false
            legacy annotation names our class     | -     | nginx | nginx:k8s.io/ingress-nginx        | true
            legacy annotation names another class | -     | other | nginx:k8s.io/ingress-nginx:default other:example.com/lb | false
            legacy annotation, unknown class      | -     | gce   | nginx:k8s.io/ingress-nginx:default | false
            ingressClassName beats the annotation | nginx | other | nginx:k8s.io/ingress-nginx other:example.com/lb | true
            """)
    void classSelection(String title, String className, String legacy, String classSpecs, boolean served) {
        List<IngressClass> classes = new ArrayList<>();
        for (String spec : classSpecs.trim().split("\\s+")) {
            String[] parts = spec.split(":");
            classes.add(ingressClass(parts[0], parts[1], parts.length > 2 && parts[2].equals("default")));
        }
        Map<String, String> ann = legacy == null ? null : Map.of(IngressRouting.LEGACY_CLASS_ANNOTATION, legacy);
        Ingress ing = ingress("kubia", ann, className, null,
                rule("kubia.example.com", path("Prefix", "/", "kubia-nodeport")));
        assertEquals(served, IngressRouting.serves(ing, classes, NGINX));
        Route r = IngressRouting.route(List.of(ing), classes, NGINX, "kubia.example.com", "/");
        assertEquals(served ? Result.PATH : Result.HTTP_404, r.result());
    }

    @Test
    void anotherControllersIngressDoesNotTakeTheHost() {
        List<IngressClass> classes = List.of(ingressClass("nginx", NGINX, true),
                ingressClass("gce", "k8s.io/ingress-gce", false));
        Ingress theirs = ingress("theirs", null, "gce", null, rule("kubia.example.com", path("Prefix", "/", "gce")));
        Ingress ours = ingress("ours", rule("kubia.example.com", path("Prefix", "/", "kubia")));
        List<Ingress> ings = List.of(theirs, ours);
        assertEquals(List.of(ours), IngressRouting.served(ings, classes, NGINX));
        assertBackend(IngressRouting.route(ings, classes, NGINX, "kubia.example.com", "/"), "ours", "kubia");
    }

    @Test
    void routeServedSkipsClassSelection() {
        Ingress ing = ingress("kubia", null, "elsewhere", null,
                rule("kubia.example.com", path("Prefix", "/", "kubia-nodeport")));
        assertBackend(IngressRouting.routeServed(List.of(ing), "kubia.example.com", "/"), "kubia", "kubia-nodeport");
    }

    // ------------------------------------------------------------ cookie affinity

    private static Ingress annotated(Map<String, String> annotations) {
        return ingress("kubia", annotations, null, null,
                rule("kubia.example.com", path("Prefix", "/", "kubia-nodeport"), path("Prefix", "/foo", "foo")));
    }

    @Test
    void cookieAffinityDefaults() {
        Ingress ing = annotated(Map.of(IngressRouting.AFFINITY, "cookie"));
        CookieAffinity a = route(List.of(ing), "kubia.example.com", "/foo/x").affinity();
        assertEquals(new CookieAffinity(true, "INGRESSCOOKIE", "balanced", "/foo", null, null, false), a);
        assertFalse(a.persistent());
        assertEquals("/", route(List.of(ing), "kubia.example.com", "/").affinity().path(),
                "the cookie path defaults to the matched path");
    }

    @Test
    void cookieAffinityAnnotationsAreRead() {
        Map<String, String> ann = new LinkedHashMap<>();
        ann.put(IngressRouting.AFFINITY, "cookie");
        ann.put(IngressRouting.AFFINITY_MODE, "persistent");
        ann.put(IngressRouting.COOKIE_NAME, "route");
        ann.put(IngressRouting.COOKIE_PATH, "/app");
        ann.put(IngressRouting.COOKIE_MAX_AGE, "172800");
        ann.put(IngressRouting.COOKIE_EXPIRES, "3600");
        ann.put(IngressRouting.COOKIE_CHANGE_ON_FAILURE, "true");
        CookieAffinity a = route(List.of(annotated(ann)), "kubia.example.com", "/foo").affinity();
        assertEquals(new CookieAffinity(true, "route", "persistent", "/app", 172800L, 3600L, true), a);
        assertTrue(a.persistent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            affinity                | -         | false | INGRESSCOOKIE | balanced
            affinity                | ClientIP  | false | INGRESSCOOKIE | balanced
            affinity                | Cookie    | false | INGRESSCOOKIE | balanced
            affinity                | ''        | false | INGRESSCOOKIE | balanced
            affinity-mode           | sticky    | true  | INGRESSCOOKIE | balanced
            affinity-mode           | balanced  | true  | INGRESSCOOKIE | balanced
            session-cookie-name     | '  '      | true  | INGRESSCOOKIE | balanced
            session-cookie-name     | SERVERID  | true  | SERVERID      | balanced
            """)
    void cookieAffinityEdgeCases(String key, String value, boolean enabled, String cookie, String mode) {
        Map<String, String> ann = new LinkedHashMap<>();
        if (!key.equals("affinity")) {
            ann.put(IngressRouting.AFFINITY, "cookie");
        }
        if (value != null) {
            ann.put("nginx.ingress.kubernetes.io/" + key, value);
        }
        CookieAffinity a = CookieAffinity.of(annotated(ann), "/");
        assertEquals(enabled, a.enabled());
        assertEquals(cookie, a.cookieName());
        assertEquals(mode, a.mode());
    }

    @ParameterizedTest
    @CsvSource({"172800, 172800", "0, 0", "-1, -1", "2d, ", "'', ", "1.5, "})
    void cookieMaxAgeMustBeWholeSeconds(String value, Long expected) {
        Map<String, String> ann = Map.of(IngressRouting.AFFINITY, "cookie", IngressRouting.COOKIE_MAX_AGE, value);
        assertEquals(expected, CookieAffinity.of(annotated(ann), "/").maxAgeSeconds());
    }

    @Test
    void theDefaultBackendRouteCarriesItsIngresssAffinity() {
        Ingress ing = ingress("single", Map.of(IngressRouting.AFFINITY, "cookie"), null, svc("test", 80));
        Route r = route(List.of(ing), "whatever.example", "/x");
        assertEquals(Result.DEFAULT_BACKEND, r.result());
        assertTrue(r.affinity().enabled());
        assertEquals("/", r.affinity().path());
    }

    // ------------------------------------------------------------ normalisation helpers

    @ParameterizedTest
    @CsvSource({"Kubia.Example.com:8080, kubia.example.com", "kubia.example.com., kubia.example.com",
            "'[2001:db8::1]:80', 2001:db8::1", "' host '  , host", "'', ''"})
    void hostHeaderNormalisation(String header, String expected) {
        assertEquals(expected, IngressRouting.normalizeHost(header));
    }
}
