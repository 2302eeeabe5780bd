package dev.praxis.spring;

import dev.praxis.approval.ActionTokens;
import dev.praxis.ecommerce.EcommercePack;
import dev.praxis.records.RecordStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-commerce pack, when {@code praxis-tools-ecommerce} is on the class path and
 * {@code praxis.packs.ecommerce.enabled}. Keyword search only: an application that wants semantic search declares its
 * own {@link EcommercePack} bean with an embedding model.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "dev.praxis.ecommerce.EcommercePack")
@ConditionalOnProperty(name = "praxis.packs.ecommerce.enabled", havingValue = "true", matchIfMissing = true)
class EcommercePackConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EcommercePack praxisEcommercePack(RecordStore records, ActionTokens tokens) {
        return EcommercePack.builder().records(records).approvals(tokens).build();
    }

    @Bean
    PackTools praxisEcommerceTools(EcommercePack pack) {
        return new PackTools("ecommerce", pack.tools());
    }
}
