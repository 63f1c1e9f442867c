package dev.memoize.tck.unless;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class PageService {

    @Inject
    Runs runs;

    @Memoize(timeout = 60, unless = PreviewBypass.class)
    public String render(String page) {
        return page + " #" + runs.tick("render");
    }

    @Memoize(timeout = 60, unless = DraftArgument.class)
    public String publish(String page) {
        return page + " #" + runs.tick("publish");
    }
}
