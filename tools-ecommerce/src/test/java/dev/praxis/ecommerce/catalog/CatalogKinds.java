package dev.praxis.ecommerce.catalog;

import java.util.List;

/** The product types the demo catalogue generator draws from: invented, written for this project. */
final class CatalogKinds {

    enum Options { SHOE, APPAREL, COLOR, SINGLE }

    /** A product type: its category, price band in whole dollars, options, tags, features and uses. */
    record Kind(String category, String name, int low, int high, Options options, List<String> tags,
                List<String> features, List<String> uses, List<String> brands, List<String> models) {
    }

    private CatalogKinds() {
    }

    private static Kind k(String category, String name, int low, int high, Options options, String tags,
                          String features, String uses) {
        return new Kind(category, name, low, high, options, List.of(tags.split(",")), List.of(features.split(";")),
                List.of(uses.split(";")), brands(category), MODELS);
    }

    private static final List<String> MODELS = List.of("Ridge", "Aurora", "Tempo", "Cascade", "Nova", "Atlas",
            "Harbor", "Summit", "Pulse", "Drift", "Ember", "Lumen", "Terra", "Vista");

    private static List<String> brands(String category) {
        return switch (category) {
            case "Footwear" -> List.of("Northpeak", "Strideline", "Mossrock", "Velora");
            case "Apparel" -> List.of("Fjellwear", "Loomhouse", "Northpeak", "Saltmarsh");
            case "Outdoor" -> List.of("Mossrock", "Trailforge", "Northpeak", "Campwright");
            case "Kitchen" -> List.of("Hearthstone", "Copperleaf", "Brewlab", "Oakridge");
            case "Electronics" -> List.of("Sonique", "Voltaire", "Kinetix", "Brightwave");
            case "Home" -> List.of("Oakridge", "Lullaby Home", "Clearair", "Hearthstone");
            case "Personal Care" -> List.of("Dermawell", "Brightsmile", "Sunveil");
            case "Sports" -> List.of("Ironpulse", "Zenflow", "Velora", "Trailforge");
            default -> List.of("Praxis Store");
        };
    }

    static final List<Kind> ALL = List.of(
            k("Footwear", "trail running shoe", 90, 160, Options.SHOE, "running,trail,shoes,outdoor",
                    "grippy lugged outsole for mud and loose rock;rock plate that protects against sharp stones;breathable mesh upper that drains quickly;cushioned midsole for long distances",
                    "built for fast runs on forest trails and mountain paths;made for ultramarathons and muddy off-road training"),
            k("Footwear", "waterproof hiking boot", 120, 230, Options.SHOE, "hiking,boots,waterproof,outdoor",
                    "waterproof breathable membrane that keeps feet dry;ankle support for rocky terrain;stiff shank for carrying heavy packs;deep tread for wet slippery ground",
                    "for multi-day treks and muddy hikes in the rain;ideal for backpacking through wet mountain weather"),
            k("Footwear", "road running shoe", 80, 170, Options.SHOE, "running,road,shoes,marathon",
                    "springy foam midsole with energy return;lightweight knit upper;durable rubber outsole for asphalt;reflective details for night runs",
                    "made for daily training on pavement and city streets;a fast shoe for marathon racing and tempo runs"),
            k("Footwear", "sport sandal", 40, 90, Options.SHOE, "sandals,summer,water,shoes",
                    "quick-drying webbing straps;contoured footbed with arch support;sticky rubber sole for wet rocks;adjustable hook-and-loop closure",
                    "for river crossings, beach days and hot summer walks;great for kayaking and travel in warm weather"),
            k("Footwear", "insulated winter boot", 110, 210, Options.SHOE, "winter,boots,snow,insulated",
                    "warm synthetic insulation rated to minus 30 degrees;waterproof leather shell;ice-gripping outsole for frozen sidewalks;fleece lining that keeps toes warm",
                    "for snow shoveling, icy commutes and cold winter days;keeps feet warm in deep snow and freezing temperatures"),
            k("Footwear", "leather sneaker", 70, 150, Options.SHOE, "sneakers,casual,leather,shoes",
                    "full-grain leather upper;minimalist clean design;cushioned insole for all-day comfort;stitched cupsole",
                    "an everyday casual shoe for the office and weekends;pairs with jeans or chinos for smart casual outfits"),
            k("Footwear", "house slipper", 25, 60, Options.SHOE, "slippers,home,cozy,shoes",
                    "plush shearling-style lining;memory foam footbed;non-slip indoor outdoor sole;soft suede upper",
                    "for lounging at home on cold mornings;a cozy gift for relaxing evenings by the fire"),
            k("Apparel", "waterproof rain jacket", 90, 260, Options.APPAREL, "jacket,rain,waterproof,shell",
                    "fully taped seams that stop leaks;adjustable storm hood;packs into its own pocket;pit zips for ventilation",
                    "keeps you dry in downpours on hikes and bike commutes;a light shell for stormy coastal walks"),
            k("Apparel", "down puffer jacket", 150, 320, Options.APPAREL, "jacket,down,insulated,winter",
                    "800 fill power responsibly sourced down;warm and very lightweight;water-resistant ripstop shell;compresses small for travel",
                    "for freezing city winters and cold alpine evenings;a warm layer for ski trips and winter camping"),
            k("Apparel", "merino wool base layer", 60, 120, Options.APPAREL, "base layer,merino,wool,thermal",
                    "soft itch-free merino wool;regulates temperature and wicks sweat;naturally odor resistant for days of wear;flatlock seams that do not chafe",
                    "worn next to skin for skiing, hiking and cold-weather running;a thermal layer for multi-day trips without washing"),
            k("Apparel", "high-waist yoga leggings", 45, 100, Options.APPAREL, "leggings,yoga,activewear,stretch",
                    "four-way stretch fabric;squat-proof opaque knit;high waistband with hidden pocket;buttery soft feel",
                    "for yoga, pilates and studio workouts;comfortable for gym sessions and everyday athleisure"),
            k("Apparel", "organic cotton t-shirt", 20, 45, Options.APPAREL, "t-shirt,cotton,organic,basics",
                    "certified organic cotton jersey;relaxed everyday fit;pre-shrunk so it keeps its shape;garment-dyed colors",
                    "a wardrobe basic for everyday wear;layers under sweaters or on its own in summer"),
            k("Apparel", "cushioned hiking sock", 15, 30, Options.APPAREL, "socks,hiking,wool,cushioned",
                    "merino blend that prevents blisters;cushioned heel and toe;seamless toe box;arch compression that stays in place",
                    "for long days on the trail in hiking boots;keeps feet dry and comfortable on backpacking trips"),
            k("Apparel", "fleece hoodie", 50, 110, Options.APPAREL, "hoodie,fleece,warm,sweatshirt",
                    "brushed recycled polyester fleece;kangaroo pocket and adjustable hood;warm without bulk;soft cuffs",
                    "a cozy layer for chilly evenings and campfires;for lounging and casual weekends outdoors"),
            k("Outdoor", "backpacking tent", 180, 520, Options.COLOR, "tent,camping,backpacking,shelter",
                    "ultralight two-person design;freestanding aluminum poles;waterproof rainfly with taped seams;two doors and vestibules for gear",
                    "for backpacking trips where every gram counts;a storm-worthy shelter for camping in the mountains"),
            k("Outdoor", "down sleeping bag", 160, 420, Options.COLOR, "sleeping bag,camping,down,backpacking",
                    "rated comfortable to minus 5 degrees;lofty water-resistant down fill;mummy shape that traps heat;compresses into a small stuff sack",
                    "for cold nights camping and alpine backpacking;keeps you warm sleeping outside in shoulder seasons"),
            k("Outdoor", "rechargeable headlamp", 25, 80, Options.COLOR, "headlamp,light,camping,running",
                    "400 lumen beam with red night mode;USB-C rechargeable battery;comfortable elastic headband;water resistant for rain",
                    "lights the way on night hikes, early runs and around camp;hands-free light for power outages and repairs"),
            k("Outdoor", "carbon trekking poles", 70, 180, Options.COLOR, "trekking poles,hiking,carbon",
                    "lightweight carbon fiber shafts;quick flick-lock length adjustment;cork grips that absorb sweat;carbide tips with rubber feet",
                    "reduce strain on knees during steep descents;add stability on river crossings and long hikes"),
            k("Outdoor", "portable water filter", 25, 90, Options.SINGLE, "water filter,camping,hiking,purifier",
                    "removes 99.9999 percent of bacteria and protozoa;filters straight from streams and lakes;squeeze pouch included;weighs under 100 grams",
                    "clean drinking water on hiking and backpacking trips;an emergency kit essential for travel"),
            k("Outdoor", "hiking daypack", 60, 170, Options.COLOR, "backpack,daypack,hiking,bag",
                    "24 liter capacity with hydration sleeve;ventilated mesh back panel;rain cover included;hip belt pockets for snacks",
                    "carries water, layers and lunch for day hikes;a comfortable bag for travel and commuting"),
            k("Outdoor", "camping stove", 40, 140, Options.SINGLE, "stove,camping,cooking,backpacking",
                    "boils a liter of water in three minutes;piezo push-button ignition;folds small enough to fit in a mug;wind-resistant burner",
                    "hot meals and coffee at camp and on backpacking trips;lightweight cooking for mountaineering"),
            k("Kitchen", "chef's knife", 40, 220, Options.SINGLE, "knife,chef,cooking,kitchen",
                    "forged high-carbon stainless steel blade;razor sharp edge that holds;balanced ergonomic handle;full tang construction",
                    "for slicing, dicing and chopping vegetables and meat;the everyday knife serious home cooks reach for"),
            k("Kitchen", "cast iron skillet", 30, 120, Options.SINGLE, "skillet,cast iron,pan,cooking",
                    "pre-seasoned and naturally nonstick;holds heat for a perfect sear;oven, grill and campfire safe;lasts for generations",
                    "for searing steaks, baking cornbread and frying eggs;from stovetop to oven to campfire"),
            k("Kitchen", "espresso machine", 180, 900, Options.COLOR, "espresso,coffee,machine,barista",
                    "15 bar pump pressure;steam wand for milk frothing and latte art;built-in conical burr grinder;fast heat-up thermoblock",
                    "cafe-quality espresso, cappuccino and latte at home;for coffee lovers who want barista drinks every morning"),
            k("Kitchen", "electric kettle", 30, 120, Options.COLOR, "kettle,tea,electric,kitchen",
                    "variable temperature presets for green tea and coffee;gooseneck spout for precise pour-over;keep-warm function;stainless steel interior",
                    "boils water fast for tea, pour-over coffee and instant meals;a precise pour for specialty coffee brewing"),
            k("Kitchen", "high-speed blender", 80, 450, Options.COLOR, "blender,smoothie,kitchen,appliance",
                    "powerful motor that crushes ice;hardened stainless steel blades;self-cleaning cycle;variable speed control",
                    "silky smoothies, soups, nut butters and frozen desserts;for healthy breakfasts and meal prep"),
            k("Kitchen", "bamboo cutting board", 20, 60, Options.SINGLE, "cutting board,bamboo,kitchen,prep",
                    "sustainable bamboo that is gentle on knife edges;juice groove catches liquids;reversible with non-slip feet;easy to clean",
                    "for chopping vegetables, carving roasts and serving cheese;everyday meal prep surface"),
            k("Kitchen", "insulated water bottle", 20, 50, Options.COLOR, "water bottle,insulated,stainless,hydration",
                    "double-wall vacuum insulation;keeps drinks cold 24 hours or hot 12 hours;leakproof lid;sweat-free exterior",
                    "stays cold at the gym, office and on hikes;keeps coffee hot on a long commute"),
            k("Electronics", "noise-cancelling headphones", 150, 450, Options.COLOR, "headphones,noise cancelling,audio,wireless",
                    "adaptive active noise cancellation;30 hour battery life;plush over-ear cushions;multipoint bluetooth pairing",
                    "silence on flights, trains and open offices;deep focus and immersive music while traveling"),
            k("Electronics", "wireless earbuds", 50, 280, Options.COLOR, "earbuds,wireless,audio,bluetooth",
                    "true wireless with charging case;sweat and water resistant for workouts;secure fit wing tips;transparency mode",
                    "music and calls during runs and gym workouts;compact audio for commuting"),
            k("Electronics", "portable bluetooth speaker", 40, 250, Options.COLOR, "speaker,bluetooth,portable,audio",
                    "waterproof and dustproof design that floats;loud 360 degree sound;20 hour battery;rugged drop-proof body",
                    "music at the beach, pool parties and campsites;sound for backyard barbecues and picnics"),
            k("Electronics", "power bank", 25, 120, Options.COLOR, "power bank,battery,charger,portable",
                    "20000 mAh capacity charges a phone four times;fast USB-C power delivery;charges a laptop in an emergency;slim pocketable body",
                    "keeps phones charged on travel days and festivals;backup battery for camping and long flights"),
            k("Electronics", "fitness smartwatch", 120, 450, Options.COLOR, "smartwatch,fitness,gps,tracker",
                    "built-in GPS for runs and rides;heart rate and sleep tracking;week-long battery;water resistant to 50 meters for swimming",
                    "tracks training, steps and sleep every day;coaching for runners, cyclists and swimmers"),
            k("Electronics", "e-reader", 90, 280, Options.COLOR, "e-reader,ebook,reading,tablet",
                    "glare-free paper-like display readable in sunlight;adjustable warm light;weeks of battery;waterproof for reading in the bath",
                    "carry thousands of books on vacation;comfortable reading at night without eye strain"),
            k("Electronics", "USB-C wall charger", 20, 70, Options.COLOR, "charger,usb-c,gan,adapter",
                    "65 watt gallium nitride fast charging;charges a laptop, tablet and phone at once;foldable plug;over-heat protection",
                    "one compact charger for travel and the desk;replaces a bag full of power bricks"),
            k("Home", "LED desk lamp", 30, 120, Options.COLOR, "lamp,desk,led,lighting",
                    "adjustable color temperature from warm to daylight;dimmable flicker-free light;flexible arm;USB charging port in the base",
                    "bright glare-free light for studying, reading and working from home;easy on the eyes during late nights"),
            k("Home", "weighted blanket", 60, 180, Options.COLOR, "blanket,weighted,sleep,calming",
                    "evenly distributed glass bead fill;breathable cooling cover;removable washable duvet;available in several weights",
                    "deep pressure that helps you relax and fall asleep;calming comfort for anxiety and restless nights"),
            k("Home", "HEPA air purifier", 90, 400, Options.COLOR, "air purifier,hepa,allergy,home",
                    "true HEPA filter captures pollen, dust and pet dander;activated carbon removes smoke and odors;quiet sleep mode;air quality sensor",
                    "cleaner air for allergy and asthma sufferers;removes wildfire smoke and pet smells from bedrooms"),
            k("Home", "memory foam pillow", 30, 100, Options.SINGLE, "pillow,memory foam,sleep,bedding",
                    "contoured ergonomic shape supports the neck;cooling gel-infused foam;hypoallergenic washable cover;adjustable loft",
                    "for side and back sleepers with neck pain;a better night's sleep without a stiff neck"),
            k("Home", "soy wax candle", 15, 45, Options.SINGLE, "candle,soy,scented,home",
                    "clean-burning natural soy wax;cotton wick;50 hour burn time;hand-poured in small batches",
                    "a relaxing scent for baths and cozy evenings;a thoughtful housewarming gift"),
            k("Personal Care", "mineral sunscreen", 12, 40, Options.SINGLE, "sunscreen,spf,skincare,mineral",
                    "broad spectrum SPF 50 zinc oxide;reef-friendly formula;water resistant for 80 minutes;no white cast",
                    "sun protection at the beach, on hikes and while swimming;daily face protection for sensitive skin"),
            k("Personal Care", "sonic electric toothbrush", 40, 200, Options.COLOR, "toothbrush,electric,oral care,sonic",
                    "sonic vibrations remove more plaque than manual brushing;two minute timer with quadrant pacing;pressure sensor protects gums;long-lasting battery",
                    "a cleaner brush every morning and night;travel-ready oral care with a case"),
            k("Sports", "non-slip yoga mat", 30, 120, Options.COLOR, "yoga mat,yoga,pilates,fitness",
                    "grippy natural rubber surface that stays put when sweaty;6 millimeter cushioning for knees;alignment lines;carry strap included",
                    "for yoga flows, pilates and home workouts;stable footing for hot yoga classes"),
            k("Sports", "adjustable dumbbells", 120, 450, Options.SINGLE, "dumbbells,weights,strength,home gym",
                    "dial selects from 2 to 24 kilograms;replaces fifteen pairs of weights;compact storage tray;secure locking mechanism",
                    "strength training in a small apartment home gym;full-body workouts without a gym membership"),
            k("Sports", "cycling helmet", 50, 250, Options.APPAREL, "helmet,bike,cycling,safety",
                    "MIPS rotational impact protection;ventilation channels that keep your head cool;integrated rear light;adjustable fit dial",
                    "safety for road cycling, commuting and mountain biking;a light helmet for long summer rides"),
            k("Sports", "speed jump rope", 12, 40, Options.SINGLE, "jump rope,cardio,fitness,skipping",
                    "ball bearing handles for smooth fast spins;adjustable steel cable;foam grips;compact for travel",
                    "high-intensity cardio and boxing conditioning;a portable workout for hotel rooms"),
            k("Gift Cards", "digital gift card", 25, 100, Options.SINGLE, "gift card,gift,voucher",
                    "delivered instantly by email;never expires;redeemable on any product in the store;personal message included",
                    "a last-minute present for birthdays and holidays;let them choose their own gift")
    );
}
