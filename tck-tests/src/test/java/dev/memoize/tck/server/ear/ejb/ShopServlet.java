package dev.memoize.tck.server.ear.ejb;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * What each WAR of the shop exposes, over HTTP on 127.0.0.1: {@code ?op=price|offer|deletePrice|deleteAll|runs}.
 * Each WAR subclasses it with its own offers, whose result type only that WAR has.
 */
public abstract class ShopServlet extends HttpServlet {

    @Inject
    PriceService prices;

    @Inject
    PriceAdmin admin;

    @Inject
    RunCounts runs;

    /** This WAR's offer for an item: an instance of a class that only this WAR has. */
    protected abstract Object offer(String item);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String item = request.getParameter("item");
        String answer = switch (request.getParameter("op")) {
            case "price" -> prices.price(item);
            case "offer" -> describe(offer(item));
            case "deletePrice" -> {
                admin.deletePrice(item);
                yield "deleted";
            }
            case "deleteAll" -> {
                admin.deleteAllPrices();
                yield "deleted";
            }
            case "runs" -> String.valueOf(runs.of(request.getParameter("body")));
            default -> throw new IllegalArgumentException(request.getParameter("op"));
        };
        response.setContentType("text/plain");
        response.getWriter().print(answer);
    }

    /** The offer as text, with the class loader that defined its class: it must be this WAR's. */
    private String describe(Object offer) {
        return offer + " from " + (offer.getClass().getClassLoader() == getClass().getClassLoader() ? "this WAR"
                : offer.getClass().getClassLoader());
    }
}
