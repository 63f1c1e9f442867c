package dev.memoize.tck.server.tx;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Account balances in the server's default data source (H2 on both servers); reads are memoized. */
@ApplicationScoped
public class Balances {

    static final String BALANCE = Balances.class.getName() + ".balance";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource database;

    @Inject
    Runs runs;

    private volatile CountDownLatch entered;
    private volatile CountDownLatch release;

    /** Makes the next computation signal {@code entered} and wait for {@code release} before it reads. */
    public void holdNextComputation(CountDownLatch entered, CountDownLatch release) {
        this.release = release;
        this.entered = entered;
    }

    /** The balance as committed (or as this transaction sees it); 0 for an unknown account. */
    @Memoize(timeout = 60)
    public long balance(String account) {
        runs.tick("balance");
        awaitRelease();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT amount FROM memo_accounts WHERE id = ?")) {
            select.setString(1, account);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitRelease() {
        CountDownLatch signal = entered;
        if (signal != null) {
            entered = null;
            signal.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sets a balance, in the caller's transaction if there is one. */
    public void set(String account, long amount) {
        try (Connection connection = database.getConnection();
             PreparedStatement merge = connection.prepareStatement("MERGE INTO memo_accounts KEY (id) VALUES (?, ?)")) {
            merge.setString(1, account);
            merge.setLong(2, amount);
            merge.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void createTable() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS memo_accounts (id VARCHAR(100) PRIMARY KEY, amount BIGINT)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
