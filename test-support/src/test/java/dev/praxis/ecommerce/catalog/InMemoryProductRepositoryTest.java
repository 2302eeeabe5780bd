package dev.praxis.ecommerce.catalog;

import dev.praxis.testing.contract.ecommerce.ProductRepositoryContract;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {

    @Override
    protected ProductRepository repository() {
        return InMemoryProductRepository.of(DATA);
    }
}
