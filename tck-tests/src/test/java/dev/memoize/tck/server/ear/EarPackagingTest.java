package dev.memoize.tck.server.ear;

import dev.memoize.tck.server.ear.a.ShopA;
import dev.memoize.tck.server.ear.b.ShopB;
import dev.memoize.tck.server.ear.conflict.Catalog;
import dev.memoize.tck.server.ear.ejb.PriceService;
import dev.memoize.tck.support.server.ServerLibraries;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An enterprise application as teams deploy one: the library in the EAR's {@code lib/}, session beans in an EJB
 * module, and two WARs that call them, each memoizing results of a type that only it has. Driven over HTTP on
 * 127.0.0.1 from outside the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisabledIfSystemProperty(named = ServerLibraries.CONTAINER, matches = "payara",
        disabledReason = "Payara Micro deploys no EAR")
class EarPackagingTest {

    private static final String SHOP = "shop";
    private static final String CONFLICT = "conflict";
    private static final String BASE = "http://127.0.0.1:8180/";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = SHOP, managed = false, testable = false)
    static EnterpriseArchive shop() {
        return ear("shop.ear",
                ShrinkWrap.create(WebArchive.class, "a.war").addPackage(ShopA.class.getPackage())
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"),
                ShrinkWrap.create(WebArchive.class, "b.war").addPackage(ShopB.class.getPackage())
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    @Deployment(name = CONFLICT, managed = false, testable = false)
    static EnterpriseArchive conflict() {
        return ear("conflict.ear",
                ShrinkWrap.create(WebArchive.class, "a.war").addClass(Catalog.class)
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"),
                ShrinkWrap.create(WebArchive.class, "b.war").addClass(Catalog.class)
                        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    /** The library (and WildFly's JCache provider) in lib/, the EJB module, and the WARs, at /a and /b. */
    private static EnterpriseArchive ear(String name, WebArchive a, WebArchive b) {
        JavaArchive ejb = ShrinkWrap.create(JavaArchive.class, "shop-ejb.jar").addPackage(PriceService.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return ShrinkWrap.create(EnterpriseArchive.class, name)
                .addAsLibraries(ServerLibraries.libraries(System.getProperty(ServerLibraries.CONTAINER)))
                .addAsModules(ejb, a, b)
                .setApplicationXML(new StringAsset("""
                        <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                          <module><ejb>shop-ejb.jar</ejb></module>
                          <module><web><web-uri>a.war</web-uri><context-root>a</context-root></web></module>
                          <module><web><web-uri>b.war</web-uri><context-root>b</context-root></web></module>
                        </application>
                        """));
    }

    @Test
    void eachWarMemoizesItsOwnResultTypeWhicheverModuleCallsFirstAndDeletesReachEveryModule() throws Exception {
        deployer.deploy(SHOP);
        try {
            String price = get("b", "price", "x");
            assertEquals("price of x #1", price, "STEP 1: the first memoized call of the EAR comes from WAR b");

            String offerA = get("a", "offer", "1");
            assertTrue(offerA.endsWith("from this WAR"), offerA);
            assertEquals(offerA, get("a", "offer", "1"), "STEP 2: WAR a's own result type is memoized");
            assertEquals("1", get("a", "runs", null, "offer-a"));

            String offerB = get("b", "offer", "1");
            assertTrue(offerB.endsWith("from this WAR"), offerB);
            assertEquals(offerB, get("b", "offer", "1"), "STEP 3: and WAR b's");
            assertEquals("1", get("b", "runs", null, "offer-b"));

            assertEquals(price, get("a", "price", "x"), "STEP 4: the EJB's result is shared by both WARs");
            assertEquals("1", get("a", "runs", null, "price"));

            get("b", "deletePrice", "x");
            assertEquals("price of x #2", get("a", "price", "x"), "STEP 5: a delete through WAR b reaches WAR a");
            get("a", "deleteAll", null);
            assertEquals("price of x #3", get("b", "price", "x"), "STEP 6: and a delete of all through WAR a, WAR b");
            assertEquals("price of x #3", get("a", "price", "x"));
        } finally {
            deployer.undeploy(SHOP);
        }
    }

    @Test
    void aRedeployedEarMemoizesAtOnceWhicheverWarCallsFirst() throws Exception {
        for (String[] order : new String[][] {{"a", "b"}, {"b", "a"}, {"a", "b"}}) {
            deployer.deploy(SHOP);
            try {
                for (String war : order) {
                    String offer = get(war, "offer", "redeploy");
                    assertTrue(offer.endsWith("from this WAR"), offer);
                    assertEquals(offer, get(war, "offer", "redeploy"), war + " after " + order[0] + ": a hit");
                    assertEquals("1", get(war, "runs", null, "offer-" + war), war + ": the body ran once");
                }
            } finally {
                deployer.undeploy(SHOP);
            }
        }
    }

    @Test
    void twoWarsWithAClassOfOneNameAreRefusedNamingBothArchives() {
        Exception refused = assertThrows(Exception.class, () -> deployer.deploy(CONFLICT),
                "two functions of one name would share results: the EAR is refused");
        String messages = causes(refused);
        assertTrue(messages.contains("a.war") && messages.contains("b.war"), "the message names both archives: "
                + messages);
    }

    private String get(String war, String op, String item) throws IOException, InterruptedException {
        return get(war, op, item, null);
    }

    private String get(String war, String op, String item, String body) throws IOException, InterruptedException {
        String query = "op=" + op + (item == null ? "" : "&item=" + item) + (body == null ? "" : "&body=" + body);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + war + "/shop?" + query))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), war + " " + query + ": " + response.body());
        return response.body();
    }

    private static String causes(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return String.join(" / ", messages);
    }
}
