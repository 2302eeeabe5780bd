package dev.praxis.spring;

import dev.praxis.approval.ActionTokens;
import dev.praxis.finance.FinancePack;
import dev.praxis.records.RecordStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The finance pack, when {@code praxis-tools-finance} is on the class path and {@code praxis.packs.finance.enabled}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "dev.praxis.finance.FinancePack")
@ConditionalOnProperty(name = "praxis.packs.finance.enabled", havingValue = "true", matchIfMissing = true)
class FinancePackConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FinancePack praxisFinancePack(RecordStore records, ActionTokens tokens) {
        return FinancePack.builder().records(records).approvals(tokens).build();
    }

    @Bean
    PackTools praxisFinanceTools(FinancePack pack) {
        return new PackTools("finance", pack.toolList());
    }
}
