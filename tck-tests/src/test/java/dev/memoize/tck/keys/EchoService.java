package dev.memoize.tck.keys;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class EchoService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60)
    public String echo(Object value) {
        return "echo(" + value + ") #" + runs.tick("echo");
    }

    @Memoize(timeout = 60, name = "dev.memoize.tck.keys.find")
    public String find(Object value) {
        return "find(Object " + value + ") #" + runs.tick("find(Object)");
    }

    @Memoize(timeout = 60, name = "dev.memoize.tck.keys.find")
    public String find(String value) {
        return "find(String " + value + ") #" + runs.tick("find(String)");
    }

    @Memoize(timeout = 60)
    public String describe(Object value) {
        return "describe #" + runs.tick("describe");
    }

    @Memoize(timeout = 60)
    public String longKey(String text) {
        return "long #" + runs.tick("longKey");
    }
}
