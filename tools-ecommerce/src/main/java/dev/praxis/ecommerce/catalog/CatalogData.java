package dev.praxis.ecommerce.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.praxis.json.PraxisJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content of a catalogue: products and policy documents, as stored in the embedded resource
 * {@value #DEFAULT_RESOURCE} (generated, deterministic, committed).
 *
 * @param products  products with unique ids and SKUs
 * @param policies  store policy documents
 */
public record CatalogData(List<Product> products, List<PolicyDocument> policies) {

    /** Classpath location of the embedded demo catalogue. */
    public static final String DEFAULT_RESOURCE = "/dev/praxis/ecommerce/catalog/catalog.json";

    /**
     * Copies the lists and refuses duplicate product ids and SKUs.
     *
     * @param products products with unique ids and SKUs
     * @param policies store policy documents
     */
    public CatalogData {
        products = List.copyOf(products);
        policies = policies == null ? List.of() : List.copyOf(policies);
        Set<String> ids = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (Product p : products) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate product id " + p.id());
            }
            for (Variant v : p.variants()) {
                if (!skus.add(v.sku())) {
                    throw new IllegalArgumentException("duplicate sku " + v.sku());
                }
            }
        }
    }

    /**
     * The embedded demo catalogue (300+ products and the store policies).
     *
     * @return the demo catalogue
     */
    public static CatalogData embedded() {
        return fromResource(DEFAULT_RESOURCE);
    }

    /**
     * A catalogue read from a classpath resource in the same JSON shape as the embedded one.
     *
     * @param resource the classpath resource's path
     * @return the catalogue it holds
     */
    public static CatalogData fromResource(String resource) {
        try (InputStream in = CatalogData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no catalogue resource " + resource);
            }
            return PraxisJson.mapper().readValue(in, new TypeReference<CatalogData>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue " + resource, e);
        }
    }
}
