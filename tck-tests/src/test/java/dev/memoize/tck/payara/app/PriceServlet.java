package dev.memoize.tck.payara.app;

import dev.memoize.Memoizer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Drives the memoized {@link Prices} over HTTP: {@code GET /prices?sku=x} answers the price, then a line with this
 * instance's body runs; {@code ?delete=x} drops one result; {@code ?deleteAll} drops them all; anything else only answers the runs.
 */
@WebServlet("/prices")
public class PriceServlet extends HttpServlet {

    @Inject
    Prices prices;

    @Inject
    Memoizer memoizer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        String answer;
        if (request.getParameter("delete") != null) {
            memoizer.deleteMemoized(Prices.PRICE, request.getParameter("delete"));
            answer = "deleted";
        } else if (request.getParameter("deleteAll") != null) {
            memoizer.deleteMemoized(Prices.PRICE);
            answer = "deleted all";
        } else if (request.getParameter("sku") != null) {
            answer = prices.price(request.getParameter("sku"));
        } else {
            answer = "no call";
        }
        response.getWriter().print(answer + "\n" + prices.runs());
    }
}
