package dev.memoize.tck.server.ear.b;

import dev.memoize.tck.server.ear.ejb.ShopServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

@WebServlet("/shop")
public class ShopB extends ShopServlet {

    @Inject
    Offers offers;

    @Override
    protected Object offer(String item) {
        return offers.offer(item);
    }
}
