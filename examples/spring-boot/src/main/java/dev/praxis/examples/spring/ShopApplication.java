package dev.praxis.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A shop assistant as a Spring Boot service: the agent {@code shop} is declared in {@code application.properties}
 * with the e-commerce pack, its conversations and carts go to the application's database, and irreversible actions
 * (placing, cancelling, refunding an order) wait for a person at {@code POST /approvals/{id}}.
 */
@SpringBootApplication
public class ShopApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments, e.g. {@code --praxis.model=ollama/qwen2.5:7b}
     */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
