package dev.praxis.ecommerce.catalog;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {

    @Override
    ProductRepository repository() {
        return InMemoryProductRepository.of(DATA);
    }
}
