package dev.memoize.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo keeps telling the truth: run it, with its second member, and check what it reports. */
class DemoTest {

    @Test
    void theDemoRunsAndItsNumbersHold() throws Exception {
        Environment.configure();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Demo.Report report = Demo.run(new PrintStream(printed, true, StandardCharsets.UTF_8), true);
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.println(output);

        assertEquals(2000, report.calls());
        assertEquals(15, report.queries(), "one query per distinct (person, role)");
        assertTrue(report.hitRatio() > 99, output);
        assertTrue(report.revokedAnswerFresh(), "the revoked role is not served from the cache");
        assertEquals(15, report.queriesAfterBulkDelete(), "every answer recomputed once after deleteMemoized(name)");
        assertTrue(report.keys().stream().anyMatch(k -> k.matches(
                "dev\\.memoize\\.examples\\.MembershipService\\.hasMembership\\|Person#\\d+\\|\\dL")), report.keys().toString());
        assertTrue(report.peer().startsWith("true bodyRuns=0 sql=0"), "the second member was served: " + report.peer());
        assertTrue(output.contains("member 1 still says true"), output);
        assertTrue(output.contains("member 1 recomputes at once: false with 1 query"), output);
    }
}
