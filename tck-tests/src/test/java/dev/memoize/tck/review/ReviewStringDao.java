package dev.memoize.tck.review;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewStringDao extends ReviewGenericBase<String> {

    @Override
    protected String make(String id) {
        return "string " + id;
    }
}
