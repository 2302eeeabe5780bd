package dev.praxis.spring;

import org.springframework.beans.factory.ObjectProvider;

import javax.sql.DataSource;

/** Which medium {@code praxis.memory.kind} comes to, given whether the application has a {@code DataSource}. */
enum StoreChoice {
    JDBC, FILE, MEMORY;

    static StoreChoice of(PraxisProperties.StoreKind kind, ObjectProvider<DataSource> dataSource) {
        boolean database = dataSource.getIfUnique() != null;
        return switch (kind) {
            case AUTO -> database ? JDBC : FILE;
            case JDBC -> {
                if (!database) {
                    throw new IllegalStateException("praxis.memory.kind=jdbc needs one DataSource bean and the"
                            + " application has none (or several); add spring-boot-starter-jdbc and"
                            + " spring.datasource.url, or choose praxis.memory.kind=file");
                }
                yield JDBC;
            }
            case FILE -> FILE;
            case MEMORY -> MEMORY;
        };
    }
}
