package dev.praxis.model.offline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTest {

    @Test
    void readsTraditionalCharactersAndWrittenCantoneseAsSimplifiedMandarin() {
        assertThat(Scripts.simplified("幫我查一下貸款")).isEqualTo("帮我查一下贷款");
        assertThat(Scripts.simplified("有冇三百蚊以内嘅充电宝")).isEqualTo("有没有三百块以内的充电宝");
        assertThat(Scripts.simplified("订单O-1016去到边度啦")).isEqualTo("订单O-1016到哪里啦");
    }

    @Test
    void aMosquitoIsNoMoneyWithoutAFigure() {
        assertThat(Scripts.simplified("有冇驱蚊水")).isEqualTo("有没有驱蚊水");
    }
}
