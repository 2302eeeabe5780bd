package dev.praxis.model.offline;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese written as simplified, character by character, for the characters of money, shopping and
 * questions ("貸款" 贷款, "購物車" 购物车, "匯率" 汇率, "萬" 万): Taipei and Hong Kong write the traditional forms,
 * and offline mode's examples and cues are simplified. Every other character is left as it is. Written Cantonese
 * words are read as their Mandarin equivalents ("有冇" 有没有, "边度" 哪里, "蚊" 块).
 */
final class Scripts {

    private static final String TRADITIONAL = "萬億貸賬帳戶額費還複據務們擬盤資產稅貨運號網優碼張這麼嗎週歷錢價買賣訂單購車幫個兩現"
            + "匯兌幣圓繳銀開關滿應減換調營業額預測剩餘總計實際紀錄數據體驗與為從會時間東車長門問題點後麵劃"
            + "來對樣發給說讓請過還進選擇條達遞運輸寄貨區縣鄉鎮聯絡電話郵碼員師專業處產標準確認證書讀寫聽見覽覺"
            + "觀視記設計這邊種類別務實際價錢餘額轉帳號碼統計權利益報酬風險損失獲漲跌幅股東紅利債險養老";
    private static final String SIMPLIFIED = "万亿贷账账户额费还复据务们拟盘资产税货运号网优码张这么吗周历钱价买卖订单购车帮个两现"
            + "汇兑币圆缴银开关满应减换调营业额预测剩余总计实际纪录数据体验与为从会时间东车长门问题点后面划"
            + "来对样发给说让请过还进选择条达递运输寄货区县乡镇联络电话邮码员师专业处产标准确认证书读写听见览觉"
            + "观视记设计这边种类别务实际价钱余额转账号码统计权利益报酬风险损失获涨跌幅股东红利债险养老";
    private static final Map<Character, Character> MAP = new HashMap<>();
    private static final java.util.regex.Pattern MONEY_MOSQUITO = java.util.regex.Pattern.compile(
            "([0-9一二两三四五六七八九十百千万])蚊");
    /** Written Cantonese ("有冇", "去到边度", "五百蚊") as the Mandarin words offline mode's cues are written in. */
    private static final String[][] CANTONESE = {{"去到边度", "到哪里"}, {"边度", "哪里"}, {"乜嘢", "什么"}, {"有冇", "有没有"},
        {"冇", "没"}, {"嘅", "的"}, {"咗", "了"}, {"睇", "看"}, {"而家", "现在"}, {"几多", "多少"}, {"係", "是"},
        {"喺", "在"}, {"啲", "些"}, {"咩", "什么"}, {"唔", "不"}, {"佢", "他"}};

    static {
        for (int i = 0; i < Math.min(TRADITIONAL.length(), SIMPLIFIED.length()); i++) {
            MAP.putIfAbsent(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
        }
    }

    private Scripts() {
    }

    /** {@code text} with the traditional characters offline mode knows written as simplified ones. */
    static String simplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(MAP.getOrDefault(c, c));
        }
        String simplified = out.toString().replace("日圆", "日元").replace("蘋果", "苹果").replace("歷史", "历史");
        for (String[] pair : CANTONESE) {
            simplified = simplified.replace(pair[0], pair[1]);
        }
        // "五百蚊": dollars after a figure (a mosquito, 蚊, elsewhere)
        return MONEY_MOSQUITO.matcher(simplified).replaceAll("$1块");
    }
}
