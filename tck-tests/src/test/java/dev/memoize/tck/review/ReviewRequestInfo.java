package dev.memoize.tck.review;

import jakarta.enterprise.context.RequestScoped;

/** Per-request data, as a JAX-RS resource would inject it. */
@RequestScoped
public class ReviewRequestInfo {

    public String user() {
        return "alice";
    }
}
