package dev.memoize.tck.memoizer;

import dev.memoize.Memoize;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class MembershipService {

    static final String HAS_MEMBERSHIP = "dev.memoize.tck.memoizer.MembershipService.hasMembership";

    @Inject
    Runs runs;

    @Inject
    Memoizer memoizer;

    @Memoize(timeout = 60)
    public boolean hasMembership(String user, long roleId) {
        runs.tick("hasMembership");
        return roleId % 2 == 0;
    }

    @Memoize(timeout = 60)
    public String tagged(String... tags) {
        return String.join(",", tags) + " #" + runs.tick("tagged");
    }

    /** Calls its own memoized method: CDI does not intercept self-invocation, the Memoizer does the job. */
    public boolean hasAnyMembership(String user, long... roleIds) {
        for (long roleId : roleIds) {
            boolean member = memoizer.function(HAS_MEMBERSHIP).call(() -> hasMembership(user, roleId), user, roleId);
            if (member) {
                return true;
            }
        }
        return false;
    }
}
