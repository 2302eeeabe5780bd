# Generates the graded labels of the new shopper query set from a per-query spec (kinds and constraints).
import json, statistics
cat = json.load(open('tools-ecommerce/src/main/resources/dev/praxis/ecommerce/catalog/catalog.json'))['products']
def price(p): return min(v['price']['minor'] for v in p['variants']) / 100
by_kind = {}
for p in cat: by_kind.setdefault(p['kind'], []).append(p)
W='waterproof hiking boot'; TR='trail running shoe'; RD='road running shoe'; SA='sport sandal'; WB='insulated winter boot'
SN='leather sneaker'; SL='house slipper'; RJ='waterproof rain jacket'; PU='down puffer jacket'; BL='merino wool base layer'
LE='high-waist yoga leggings'; TS='organic cotton t-shirt'; SO='cushioned hiking sock'; HO='fleece hoodie'
TE='backpacking tent'; SB='down sleeping bag'; HL='rechargeable headlamp'; PO='carbon trekking poles'; WF='portable water filter'
DP='hiking daypack'; ST='camping stove'; KN="chef's knife"; SK='cast iron skillet'; ES='espresso machine'; KE='electric kettle'
BE='high-speed blender'; CB='bamboo cutting board'; WBT='insulated water bottle'; HP='noise-cancelling headphones'
EB='wireless earbuds'; SP='portable bluetooth speaker'; PB='power bank'; SW='fitness smartwatch'; ER='e-reader'
CH='USB-C wall charger'; LA='LED desk lamp'; BK='weighted blanket'; AP='HEPA air purifier'; PI='memory foam pillow'
CA='soy wax candle'; SU='mineral sunscreen'; TB='sonic electric toothbrush'; YM='non-slip yoga mat'; DB='adjustable dumbbells'
HE='cycling helmet'; JR='speed jump rope'; GC='digital gift card'
for k in [W,TR,RD,SA,WB,SN,SL,RJ,PU,BL,LE,TS,SO,HO,TE,SB,HL,PO,WF,DP,ST,KN,SK,ES,KE,BE,CB,WBT,HP,EB,SP,PB,SW,ER,CH,LA,BK,AP,PI,CA,SU,TB,YM,DB,HE,JR,GC]:
    assert k in by_kind, k
# (query, lang, kind of query, exact kinds, acceptable kinds, constraint)
# constraint: None | ('max', x) | ('min', x) | ('range', lo, hi) | ('cheap',) | ('dear',) | ('rated',) | ('brand', b)
Q = [
 ("my knees hurt going downhill", "en", "need", [PO], [W, SO], None),
 ("waterproof speaker for the shower", "en", "type-confusion", [SP], [], None),
 ("gift for my dad who loves coffee", "en", "type-confusion", [ES], [KE], None),
 ("cheap hiking socks", "en", "price", [SO], [], ('cheap',)),
 ("headphones under 200", "en", "price", [HP], [EB], ('max', 200)),
 ("Wanderschuhe wasserdicht", "de", "language", [W], [WB], None),
 ("auriculares inalámbricos baratos", "es", "language", [EB], [HP], ('cheap',)),
 ("保温杯", "zh", "language", [WBT], [], None),
 ("sac de couchage pour le camping", "fr", "language", [SB], [TE], None),
 ("strideline trail shoes", "en", "brand", [TR], [WB, RD], ('brand', 'Strideline')),
 ("chef knfie", "en", "typo", [KN], [CB], None),
 ("something to keep my coffee hot on a hike", "en", "need", [WBT], [ST], None),
 ("I can't sleep, I need something heavy and calming on the bed", "en", "need", [BK], [PI], None),
 ("running shoes between 50 and 100 bucks", "en", "price", [RD, TR], [], ('range', 50, 100)),
 ("günstige Kopfhörer mit Geräuschunterdrückung", "de", "language", [HP], [EB], ('cheap',)),
 ("降噪耳机", "zh", "language", [HP], [EB], None),
 ("noise canceling headphnes", "en", "typo", [HP], [EB], None),
 ("Voltaire smartwatch", "en", "brand", [SW], [HP], ('brand', 'Voltaire')),
 ("board for chopping vegetables", "en", "word-form", [CB], [KN], None),
 ("cheapest espresso machine", "en", "price", [ES], [], ('cheap',)),
 ("zapatillas para correr en montaña", "es", "language", [TR], [RD, W], None),
 ("chaussures de randonnée imperméables", "fr", "language", [W], [WB, TR], None),
 ("bluetooth speeker", "en", "typo", [SP], [EB], None),
 ("gift for someone who has everything", "en", "need", [GC], [], None),
 ("hi! my sister just got into yoga, what could I get her?", "en", "need", [YM, LE], [], None),
 ("Schlafsack für kalte Nächte", "de", "language", [SB], [BK], None),
 ("蓝牙音箱", "zh", "language", [SP], [], None),
 ("sleping bag for winter camping", "en", "typo", [SB], [TE], None),
 ("pants for yoga", "en", "type-confusion", [LE], [], None),
 ("mat for pilates", "en", "type-confusion", [YM], [], None),
 ("a blender that won't break the bank", "en", "price", [BE], [], ('cheap',)),
 ("mochila para excursiones de un día", "es", "language", [DP], [], None),
 ("veste de pluie légère", "fr", "language", [RJ], [PU], None),
 ("anything from oakridge for the kitchen?", "en", "brand", [SK, CB], [LA, CA], ('brand', 'Oakridge')),
 ("my neck is stiff every morning when I wake up", "en", "need", [PI], [], None),
 ("wireles earbuds", "en", "typo", [EB], [HP], None),
 ("Ich suche eine Regenjacke für Herbstwanderungen", "de", "language", [RJ], [], None),
 ("登山杖", "zh", "language", [PO], [], None),
 ("allergies are killing me, anything to clean the air at home?", "en", "need", [AP], [], None),
 ("budget smartwatch for tracking my runs", "en", "price", [SW], [], ('cheap',)),
 ("tienda de campaña ligera", "es", "language", [TE], [SB], None),
 ("bouilloire électrique pas chère", "fr", "language", [KE], [], ('cheap',)),
 ("expresso machine", "en", "typo", [ES], [], None),
 ("kinetix e-reader", "en", "brand", [ER], [EB], ('brand', 'Kinetix')),
 ("yoga mat under $60", "en", "price", [YM], [], ('max', 60)),
 ("my phone always dies on long trips", "en", "need", [PB], [CH], None),
 ("Stirnlampe zum Joggen im Dunkeln", "de", "language", [HL], [], None),
 ("便宜的充电宝", "zh", "language", [PB], [], ('cheap',)),
 ("protector solar para la playa, que sea bueno para niños", "es", "language", [SU], [], None),
 ("dumbells for home workouts", "en", "typo", [DB], [JR, YM], None),
 ("power bank less than 40 dollars", "en", "price", [PB], [CH], ('max', 40)),
 ("I work late and my desk is way too dark", "en", "need", [LA], [HL], None),
 ("Mossrock backpack", "en", "brand", [DP], [], ('brand', 'Mossrock')),
 ("lampe de bureau LED", "fr", "language", [LA], [], None),
 ("Bratpfanne aus Gusseisen", "de", "language", [SK], [], None),
 ("跑步鞋", "zh", "language", [RD, TR], [], None),
 ("waterproof boots for snow", "en", "type-confusion", [WB], [W], None),
 ("need to make smoothies every morning before work", "en", "need", [BE], [], None),
 ("weigted blanket", "en", "typo", [BK], [], None),
 ("hervidor eléctrico para el té", "es", "language", [KE], [], None),
 ("most expensive tent you have", "en", "price", [TE], [], ('dear',)),
 ("want to train at home without paying for a gym", "en", "need", [DB], [JR, YM], None),
 ("Yogamatte rutschfest unter 70 Euro", "de", "language", [YM], [LE], ('max', 70)),
 ("瑜伽垫", "zh", "language", [YM], [LE], None),
 ("brightwave charger", "en", "brand", [CH], [PB], ('brand', 'Brightwave')),
 ("something to wear under my ski jacket to stay warm", "en", "need", [BL], [HO], None),
 ("headlamp rechargable", "en", "typo", [HL], [], None),
 ("oreiller à mémoire de forme", "fr", "language", [PI], [], None),
 ("candles under 20", "en", "price", [CA], [], ('max', 20)),
 ("cuchillo de cocina que corte bien, menos de 150 dólares", "es", "language", [KN], [CB], ('max', 150)),
 ("drink safely from streams while backpacking", "en", "need", [WF], [WBT], None),
 ("咖啡机", "zh", "language", [ES], [KE], None),
 ("Luftreiniger gegen Pollen", "de", "language", [AP], [], None),
 ("cast iorn pan", "en", "typo", [SK], [], None),
 ("protect my head cycling to work", "en", "need", [HE], [], None),
 ("best rated e-reader", "en", "rating", [ER], [], ('rated',)),
 ("gourde isotherme pour la randonnée", "fr", "language", [WBT], [WF], None),
 ("sleeping bag under 250", "en", "price", [SB], [], ('max', 250)),
 ("I burn easily at the beach, kids too", "en", "need", [SU], [], None),
 ("altavoz bluetooth resistente al agua", "es", "language", [SP], [], None),
 ("电动牙刷", "zh", "language", [TB], [], None),
 ("saltmarsh leggings", "en", "brand", [LE], [], ('brand', 'Saltmarsh')),
 ("read books on the plane without carrying a pile of paper", "en", "need", [ER], [], None),
 ("elektrische Zahnbürste", "de", "language", [TB], [], None),
 ("affordable air purifier for a small bedroom", "en", "price", [AP], [], ('cheap',)),
 ("block out the engine noise on a long flight", "en", "need", [HP], [EB], None),
 ("algo calentito para andar por casa", "es", "language", [SL], [HO, BK], None),
 ("inexpensive cutting board", "en", "price", [CB], [], ('cheap',)),
 ("cook dinner at the campsite", "en", "need", [ST], [SK], None),
 ("Trinkflasche, die Getränke lange kalt hält", "de", "language", [WBT], [], None),
 ("hearthstone pillow", "en", "brand", [PI], [], ('brand', 'Hearthstone')),
 ("comfy sweatshirt for chilly autumn evenings", "en", "need", [HO], [BL], None),
 ("highly rated headlamp", "en", "rating", [HL], [], ('rated',)),
 ("dumbbells below 200 dollars", "en", "price", [DB], [], ('max', 200)),
 ("earbuds that don't fall out when I run", "en", "need", [EB], [], None),
 ("something that smells nice for the living room", "en", "need", [CA], [], None),
 ("warm coat for minus 20 degrees", "en", "need", [PU], [BL, RJ], None),
 ("campwright water filter", "en", "brand", [WF], [], ('brand', 'Campwright')),
 ("t-shirt made without pesticides", "en", "need", [TS], [], None),
]
def grades(exact, ok, c):
    g = {}
    for k in ok:
        for p in by_kind[k]: g[p['id']] = 1
    for k in exact:
        ps = by_kind[k]
        prices = sorted(price(p) for p in ps)
        med = statistics.median(prices)
        ratings = sorted(p['rating'] for p in ps)
        rmed = statistics.median(ratings)
        for p in ps:
            x = price(p)
            good = True
            if c is None: pass
            elif c[0] == 'max': good = x <= c[1]
            elif c[0] == 'min': good = x >= c[1]
            elif c[0] == 'range': good = c[1] <= x <= c[2]
            elif c[0] == 'cheap': good = x <= med
            elif c[0] == 'dear': good = x >= med
            elif c[0] == 'rated': good = p['rating'] >= rmed
            elif c[0] == 'brand': good = p['brand'].lower() == c[1].lower()
            g[p['id']] = 2 if good else 1
    return dict(sorted(g.items()))
def cdesc(c):
    if c is None: return None
    return {'max': lambda: f"lowest variant price <= {c[1]}", 'min': lambda: f"lowest variant price >= {c[1]}",
            'range': lambda: f"lowest variant price {c[1]}-{c[2]}", 'cheap': lambda: "cheaper half of the kind (lowest variant price <= the kind's median)",
            'dear': lambda: "dearer half of the kind (lowest variant price >= the kind's median)",
            'rated': lambda: "better-rated half of the kind (rating >= the kind's median)", 'brand': lambda: f"brand {c[1]}"}[c[0]]()
dev, test = [], []
for i, (q, lang, cls, ex, ok, c) in enumerate(Q, 1):
    g = grades(ex, ok, c)
    assert any(v == 2 for v in g.values()), q
    item = {'id': f"S{i:03d}", 'query': q, 'language': lang, 'class': cls, 'exact_kinds': ex, 'acceptable_kinds': ok}
    if c: item['constraint'] = cdesc(c)
    item['grades'] = g
    (dev if i % 2 == 1 else test).append(item)
print(len(Q), len(dev), len(test))
from collections import Counter
print(Counter(x[1] for x in Q)); print(Counter(x[2] for x in Q))
head = "Shopper queries written for issue 15 before the search was changed, graded 2 (exact) / 1 (acceptable) / 0 (not, omitted) against the embedded catalogue; see README.md in this folder for the rules and the split."
out = 'tools-ecommerce/src/test/resources/dev/praxis/ecommerce/search/'
json.dump({'description': head + ' Development part: odd positions.', 'queries': dev}, open(out + 'shopper-queries-dev.json', 'w'), ensure_ascii=False, indent=1)
json.dump({'description': head + ' Test part: even positions; report only, never tune against it.', 'queries': test}, open(out + 'shopper-queries-test.json', 'w'), ensure_ascii=False, indent=1)
