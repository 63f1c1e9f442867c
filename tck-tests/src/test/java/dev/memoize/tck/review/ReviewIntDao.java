package dev.memoize.tck.review;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewIntDao extends ReviewGenericBase<Integer> {

    @Override
    protected Integer make(String id) {
        return Integer.valueOf(id.length());
    }
}
