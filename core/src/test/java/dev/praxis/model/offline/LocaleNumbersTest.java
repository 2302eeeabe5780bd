package dev.praxis.model.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "six and a half percent over thirty years | 6.5% over 30 years",
            "$250k at 2,5 % | $250k at 2.5 %",
            "200.000 Euro | 200000 euros",
            "1,2 Mio. Euro zu 3,8 % über dreißig Jahre | 1.2 million euros zu 3.8 % über 30 years",
            "doscientos cincuenta mil euros al tres coma ocho por ciento | 250000 euros al 3.8%",
            "soixante-dix mille euros à quatre pour cent sur vingt-cinq ans | 70000 euros à 4% sur 25 years",
            "trentacinque anni, duecentocinquantamila euro | 35 years, 250000 euros",
            "dreieinhalb Prozent | 3.5%",
            "3.5 precent due to fees | 3.5% due to fees",
            "二十五万元，百分之三点八，三十年 | 250000 yuan , 3.8%, 30 years",
            "add the first one to my cart | add the first one to my cart",
            "1,000,000 and 1.234,56 | 1000000 and 1234.56",
            "entre cien y ciento cincuenta | entre 100 y 150",
            "two hundred and fifty | 250",
            "treinta y cinco años | 35 years",
            "half a million at four and three quarters percent | 0.5 million at 4.75%",
            "a quarter of a million over nineteen and a half years | 0.25 million over 19.5 years",
            "3 and a half % on 40 grand | 3.5 % on 40000",
            "12 lakh at 9 per cent | 1200000 at 9%",
            "cuatro años y medio | 4.5 years",
            "trois ans et demi | 3.5 years",
            "a ten-day horizon | a 10 day horizon",
            "80 yeras | 80 years",
            "-30 000 le 1er mai | -30000 le 1er mai",
            "先查一下，13.3万，一共3年 | 先查一下, 133000, 一共3 years",
            "分24期还 | 24 months还",
            "under a hundred and ten | under a 110",
            "between one hundred and four hundred fifty | between 100 and 450",
            "entre trente et cent euros | entre 30 et 100 euros",
            "cent vingt | 120",
            "due to the rain | due to the rain"})
    void rewritesFiguresInWordsAndLocalFormatsAsPlainNumbers(String written, String plain) {
        assertThat(LocaleNumbers.normalise(written).strip()).isEqualTo(plain);
    }

    @org.junit.jupiter.api.Test
    void anItalianCountBeforeAThingAndItsProductIdIsANumberWhileDueToIsNot() {
        assertThat(LocaleNumbers.normalise("Aggiungi due borracce P0122-FOR al carrello C21")).contains("2 borracce");
        assertThat(LocaleNumbers.normalise("Metti sei taglieri P0027 nel carrello C10")).contains("6 taglieri");
        assertThat(LocaleNumbers.normalise("the payment due to the bank")).contains("due to");
    }
}
