package dev.memoize.benchmarks;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/**
 * A plain Spring context for the peer benchmark: caching enabled, one Caffeine cache named {@code lookup} that
 * expires 600 s after a write (as {@code @Memoize(timeout = 600)}), no size bound. Not a CDI bean: Weld's discovery
 * is {@code annotated}, and neither class here carries a bean-defining annotation.
 */
@Configuration
@EnableCaching
public class SpringPeer {

    @Bean
    public CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(600)));
        manager.setCacheNames(List.of("lookup"));
        return manager;
    }

    @Bean
    public SpringLookup springLookup() {
        return new SpringLookup();
    }
}
