package dev.memoize.tck.support.server;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The default data source that Jakarta EE promises at {@code java:comp/DefaultDataSource}, which embedded OpenEJB
 * does not bind: an in-memory H2 database, as on Payara and WildFly. {@link EmbeddedExtensions} adds this class to
 * each deployment to OpenEJB.
 */
@DataSourceDefinition(name = "java:comp/DefaultDataSource", className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:memoize-openejb;DB_CLOSE_DELAY=-1")
public final class DefaultDataSource {

    private DefaultDataSource() {
    }
}
