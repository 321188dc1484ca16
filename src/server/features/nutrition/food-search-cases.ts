/**
 * Food search quality cases and the synonym table, both written against the shipped USDA SR28 data
 * (`shared/data/foods/foods.json`, 8,789 foods).
 *
 * Every id in `expect` was looked up in foods.json by name, and is the plain, everyday item a person
 * typing the query would be happy to see first (never a brand or a babyfood for a plain query).
 *
 * Every value in FOOD_SYNONYMS was checked with a script: after the search's own normalising and
 * stemming (`foodWords` in food-words.ts), all of a value's words occur together in at least one SR28 name,
 * so each expansion can really match something. Keys are the words people type (normalised,
 * singular, no stopwords such as "of": the query loses those before synonyms are looked up).
 */

/** Query → acceptable source ids (any one of them in the top 3 counts as found). */
export type FoodSearchCase = { query: string; expect: string[]; note?: string };

// Ids reused by several cases (plain spellings, typos, plurals, swaps and synonyms of one food).
const EGG = ['usda-sr:01123', 'usda-sr:01129', 'usda-sr:01132']; // whole: raw, hard-boiled, scrambled
const BANANA = ['usda-sr:09040']; // Bananas, raw
const OATS = ['usda-sr:08120', 'usda-sr:08121', 'usda-sr:20038']; // Cereals, oats, regular and quick: dry, cooked with water; "Oats" (the grain, as typed)
const PORRIDGE = ['usda-sr:08121', 'usda-sr:08180', 'usda-sr:08120']; // the cooked ones first, then dry
const BROCCOLI = ['usda-sr:11090', 'usda-sr:11091']; // raw, boiled
const SALMON = ['usda-sr:15076', 'usda-sr:15209', 'usda-sr:15236', 'usda-sr:15237']; // Atlantic wild/farmed, raw/cooked
const PEANUT_BUTTER = ['usda-sr:16098', 'usda-sr:16097']; // smooth, chunk style (with salt)
const GREEK_YOGURT = ['usda-sr:01256', 'usda-sr:01287', 'usda-sr:01293']; // Greek, plain: nonfat, lowfat, whole milk
const PLAIN_YOGURT = ['usda-sr:01116', 'usda-sr:01117', 'usda-sr:01118']; // plain: whole milk, low fat, skim
const AVOCADO = ['usda-sr:09037']; // Avocados, raw, all commercial varieties
const OLIVE_OIL = ['usda-sr:04053']; // Oil, olive, salad or cooking
const CHEDDAR = ['usda-sr:01009', 'usda-sr:01270']; // Cheese, cheddar; sharp, sliced
/** Broilers or fryers, breast, meat only: raw, roasted, grilled. */
const CHICKEN_BREAST = ['usda-sr:05062', 'usda-sr:05064', 'usda-sr:05747'];
/** Beef, ground: the common 80/20, 85/15 and 90/10 raw, and "unspecified fat content, cooked". */
const GROUND_BEEF = ['usda-sr:23572', 'usda-sr:23567', 'usda-sr:23562', 'usda-sr:23220'];
const TUNA = ['usda-sr:15121', 'usda-sr:15126', 'usda-sr:15127']; // light & white canned in water, fresh yellowfin
const ALMONDS = ['usda-sr:12061', 'usda-sr:12063']; // Nuts, almonds; dry roasted
const PASTA = ['usda-sr:20120', 'usda-sr:20121']; // Pasta, dry, enriched; cooked, enriched
/** Potatoes: flesh and skin raw, baked (flesh and skin), boiled in skin. */
const POTATO = ['usda-sr:11352', 'usda-sr:11674', 'usda-sr:11365'];
const ORANGE_JUICE = ['usda-sr:09206', 'usda-sr:09209']; // raw (fresh), chilled
const STRAWBERRIES = ['usda-sr:09316']; // Strawberries, raw
const BLUEBERRIES = ['usda-sr:09050']; // Blueberries, raw
const TOMATO = ['usda-sr:11529']; // Tomatoes, red, ripe, raw, year round average
const LETTUCE = ['usda-sr:11251', 'usda-sr:11252', 'usda-sr:11253']; // romaine, iceberg, green leaf
const LENTILS = ['usda-sr:16070', 'usda-sr:16069']; // boiled, raw
/** Shrimp, mixed species raw/cooked (moist heat) and the not-previously-frozen raw/cooked pair. */
const SHRIMP = ['usda-sr:15149', 'usda-sr:15151', 'usda-sr:15270', 'usda-sr:15271'];
const ZUCCHINI = ['usda-sr:11477', 'usda-sr:11478']; // Squash, summer, zucchini, includes skin: raw, boiled
const POTATO_CHIPS = ['usda-sr:19411', 'usda-sr:25064']; // Snacks, potato chips: plain salted, lightly salted

/** Plain foods, spelled right. */
const PLAIN: FoodSearchCase[] = [
  { query: 'banana', expect: BANANA },
  { query: 'egg', expect: EGG, note: 'Whole egg raw or cooked; not the dried, frozen or white/yolk items.' },
  { query: 'oats', expect: OATS },
  {
    query: 'rice',
    expect: ['usda-sr:20044', 'usda-sr:20045'],
    note: 'White long-grain regular enriched, raw and cooked: the default rice; brown rice has its own case.',
  },
  { query: 'brown rice', expect: ['usda-sr:20036', 'usda-sr:20037'] },
  {
    query: 'milk',
    expect: ['usda-sr:01077', 'usda-sr:01079', 'usda-sr:01082', 'usda-sr:01085'],
    note: 'Fluid cow’s milk with vitamin D added, whole / 2% / 1% / skim: the query does not say which fat level.',
  },
  { query: 'apple', expect: ['usda-sr:09003', 'usda-sr:09004'], note: 'Apples, raw, with and without skin.' },
  { query: 'broccoli', expect: BROCCOLI },
  { query: 'salmon', expect: SALMON, note: 'Atlantic wild or farmed, raw or cooked dry heat; not canned, smoked or Alaska Native items.' },
  { query: 'peanut butter', expect: PEANUT_BUTTER },
  { query: 'greek yogurt', expect: GREEK_YOGURT, note: 'Plain Greek yogurt; the branded CHOBANI / OIKOS flavours are not plain.' },
  {
    query: 'whey',
    expect: ['usda-sr:14066', 'usda-sr:14058'],
    note: 'In a fitness app "whey" is the protein powder ("Beverages, Protein powder whey based" / "Whey protein powder isolate"), not the cheese by-product "Whey, sweet, dried".',
  },
  {
    query: 'protein powder',
    expect: ['usda-sr:14066', 'usda-sr:14058'],
    note: 'The generic whey powders, not the EAS / SPECIAL K brands.',
  },
  { query: 'sweet potato', expect: ['usda-sr:11507', 'usda-sr:11508', 'usda-sr:11510'] },
  { query: 'avocado', expect: AVOCADO },
  { query: 'olive oil', expect: OLIVE_OIL },
  { query: 'bread', expect: ['usda-sr:18069', 'usda-sr:18075'], note: 'Commercial white and whole-wheat bread.' },
  { query: 'cheddar', expect: CHEDDAR },
  { query: 'chicken breast', expect: CHICKEN_BREAST },
  {
    query: 'chicken',
    expect: ['usda-sr:05013', 'usda-sr:05011', 'usda-sr:05064'],
    note: 'Broilers or fryers, meat only (roasted, raw) or the roasted breast; not KFC or chicken-flavoured products.',
  },
  { query: 'chicken thigh', expect: ['usda-sr:05096', 'usda-sr:05098', 'usda-sr:05091'] },
  { query: 'ground beef', expect: GROUND_BEEF, note: 'No fat level given: the three commonest raw blends and the unspecified cooked one.' },
  { query: 'ground turkey', expect: ['usda-sr:05305', 'usda-sr:05306', 'usda-sr:05665'] },
  { query: 'tuna', expect: TUNA, note: 'Canned in water (light, white) is what most people log; fresh yellowfin also fine.' },
  { query: 'almonds', expect: ALMONDS },
  { query: 'spinach', expect: ['usda-sr:11457', 'usda-sr:11458'] },
  { query: 'pasta', expect: PASTA },
  { query: 'potato', expect: POTATO, note: 'Whole potato (flesh and skin) raw, baked or boiled; not fries, chips or mash.' },
  { query: 'orange juice', expect: ORANGE_JUICE },
  { query: 'orange', expect: ['usda-sr:09200', 'usda-sr:09202'], note: 'The fruit, not orange juice or orange-flavour drinks.' },
  { query: 'coffee', expect: ['usda-sr:14209'], note: 'Beverages, coffee, brewed, prepared with tap water.' },
  { query: 'beer', expect: ['usda-sr:14003'], note: 'Alcoholic beverage, beer, regular, all; not root beer or beerwurst.' },
  { query: 'cottage cheese', expect: ['usda-sr:01012', 'usda-sr:01015', 'usda-sr:01016'] },
  {
    query: 'tofu',
    expect: ['usda-sr:16427', 'usda-sr:16426', 'usda-sr:16126'],
    note: 'Raw regular / firm tofu; not fried, fermented or dried-frozen.',
  },
  { query: 'lentils', expect: LENTILS },
  { query: 'quinoa', expect: ['usda-sr:20137', 'usda-sr:20035'] },
  { query: 'blueberries', expect: BLUEBERRIES },
  { query: 'strawberries', expect: STRAWBERRIES },
  {
    query: 'turkey',
    expect: ['usda-sr:05168', 'usda-sr:05220', 'usda-sr:05186'],
    note: 'Roasted turkey meat (whole bird meat only, breast meat only, light meat); not giblets, skin or turkey bacon.',
  },
  {
    query: 'bacon',
    expect: ['usda-sr:10123', 'usda-sr:10860', 'usda-sr:10861', 'usda-sr:10862'],
    note: 'Pork, cured, bacon: unprepared or cooked (baked, microwaved, pan-fried).',
  },
  { query: 'butter', expect: ['usda-sr:01001', 'usda-sr:01145'], note: 'Butter salted / without salt; not peanut butter or butterbur.' },
  { query: 'honey', expect: ['usda-sr:19296'] },
  { query: 'hummus', expect: ['usda-sr:16158', 'usda-sr:16137'] },
  { query: 'black beans', expect: ['usda-sr:16015', 'usda-sr:16014', 'usda-sr:16018'] },
  { query: 'bagel', expect: ['usda-sr:18001', 'usda-sr:18406'], note: 'Plain bagels, enriched (with / without calcium propionate).' },
  {
    query: 'tortilla',
    expect: ['usda-sr:18364', 'usda-sr:18970', 'usda-sr:18363'],
    note: 'Flour (refrigerated, shelf stable) and corn tortillas; not tortilla chips.',
  },
  {
    query: 'steak',
    expect: ['usda-sr:13929', 'usda-sr:13930', 'usda-sr:23230', 'usda-sr:23227'],
    note: 'SR28 has ~150 steak cuts; top sirloin and boneless rib eye (lean and fat, all grades, raw / cooked) are the everyday picks.',
  },
  {
    query: 'pork chop',
    expect: ['usda-sr:10036', 'usda-sr:10038', 'usda-sr:10062', 'usda-sr:10064'],
    note: 'Loin chops, lean and fat: center loin bone-in and top loin boneless, raw / broiled.',
  },
  { query: 'shrimp', expect: SHRIMP },
  { query: 'cod', expect: ['usda-sr:15015', 'usda-sr:15016'], note: 'Atlantic cod raw / cooked; not dried and salted.' },
  { query: 'grapes', expect: ['usda-sr:09132'] },
  { query: 'carrots', expect: ['usda-sr:11124', 'usda-sr:11125'] },
  { query: 'onion', expect: ['usda-sr:11282'] },
  { query: 'cucumber', expect: ['usda-sr:11205', 'usda-sr:11206'] },
  { query: 'watermelon', expect: ['usda-sr:09326'] },
  { query: 'almond milk', expect: ['usda-sr:14091', 'usda-sr:14016'], note: 'Not almonds; unsweetened or sweetened vanilla.' },
  { query: 'egg whites', expect: ['usda-sr:01124'] },
  { query: 'mozzarella', expect: ['usda-sr:01026', 'usda-sr:01028', 'usda-sr:01029'] },
  { query: 'dark chocolate', expect: ['usda-sr:19904', 'usda-sr:19903', 'usda-sr:19902', 'usda-sr:19905'] },
  { query: 'popcorn', expect: ['usda-sr:19034', 'usda-sr:19806', 'usda-sr:42259'], note: 'Plain popcorn, air- or oil-popped.' },
  { query: 'red wine', expect: ['usda-sr:14096'] },
  { query: 'green tea', expect: ['usda-sr:14278'], note: 'Brewed, regular; not the sweetened ready-to-drink ones.' },
  { query: 'chickpeas', expect: ['usda-sr:16057', 'usda-sr:16358', 'usda-sr:16056'] },
  { query: 'peanuts', expect: ['usda-sr:16087', 'usda-sr:16390', 'usda-sr:16090'] },
  { query: 'green beans', expect: ['usda-sr:11052', 'usda-sr:11053'], note: 'SR28 says "Beans, snap, green".' },
  { query: 'baked beans', expect: ['usda-sr:16006'], note: 'Canned, plain or vegetarian: closest to UK tinned beans in tomato sauce.' },
];

/** Misspellings people really type (one or two slips, doubled or dropped letters, phonetic). */
const TYPOS: FoodSearchCase[] = [
  { query: 'chiken brest', expect: CHICKEN_BREAST },
  { query: 'bananna', expect: BANANA },
  { query: 'brocoli', expect: BROCCOLI },
  { query: 'brocolli', expect: BROCCOLI },
  { query: 'avacado', expect: AVOCADO },
  {
    query: 'spagetti',
    expect: PASTA,
    note: 'A typo of a synonym: SR28 has no plain spaghetti, only "Pasta, dry / cooked, enriched" (and spaghetti squash / sauce).',
  },
  { query: 'salmom', expect: SALMON },
  { query: 'straberries', expect: STRAWBERRIES },
  { query: 'tomatoe', expect: TOMATO },
  { query: 'tomatos', expect: TOMATO },
  { query: 'pototo', expect: POTATO },
  { query: 'cheddar chese', expect: CHEDDAR },
  { query: 'chedder', expect: CHEDDAR },
  { query: 'peanut buter', expect: PEANUT_BUTTER },
  { query: 'oatmeel', expect: PORRIDGE, note: 'A typo of "oatmeal", itself a synonym for SR28’s "Cereals, oats".' },
  { query: 'blubery', expect: BLUEBERRIES },
  { query: 'letuce', expect: LETTUCE, note: 'Romaine, iceberg or green leaf: the query does not say which.' },
  { query: 'yougurt', expect: PLAIN_YOGURT },
  { query: 'quinao', expect: ['usda-sr:20137', 'usda-sr:20035'] },
  { query: 'humus', expect: ['usda-sr:16158', 'usda-sr:16137'] },
  { query: 'parmesean', expect: ['usda-sr:01032', 'usda-sr:01033'] },
  { query: 'zuchini', expect: ZUCCHINI },
  { query: 'lentels', expect: LENTILS },
  { query: 'cucmber', expect: ['usda-sr:11205', 'usda-sr:11206'] },
  { query: 'tumeric', expect: ['usda-sr:02043'] },
];

/** The same words in another order. */
const WORD_ORDER: FoodSearchCase[] = [
  { query: 'breast chicken', expect: CHICKEN_BREAST },
  { query: 'butter peanut', expect: PEANUT_BUTTER },
  { query: 'beef ground', expect: GROUND_BEEF },
  { query: 'juice orange', expect: ORANGE_JUICE },
  { query: 'oil olive', expect: OLIVE_OIL },
  { query: 'potato sweet', expect: ['usda-sr:11507', 'usda-sr:11508', 'usda-sr:11510'] },
];

/** Singular where SR28 writes the plural, and the other way round. */
const PLURALS: FoodSearchCase[] = [
  { query: 'eggs', expect: EGG },
  { query: 'bananas', expect: BANANA },
  { query: 'almond', expect: ALMONDS },
  { query: 'blueberry', expect: BLUEBERRIES },
  { query: 'strawberry', expect: STRAWBERRIES },
  { query: 'potatoes', expect: POTATO },
  { query: 'tomatoes', expect: TOMATO },
  { query: 'carrot', expect: ['usda-sr:11124', 'usda-sr:11125'] },
  { query: 'lentil', expect: LENTILS },
  { query: 'grape', expect: ['usda-sr:09132'] },
  { query: 'onions', expect: ['usda-sr:11282'] },
];

/** British, everyday and shorthand words; most are not in SR28 names and need FOOD_SYNONYMS. */
const EVERYDAY: FoodSearchCase[] = [
  { query: 'courgette', expect: ZUCCHINI },
  { query: 'aubergine', expect: ['usda-sr:11209', 'usda-sr:11210'] },
  { query: 'prawn', expect: SHRIMP },
  { query: 'prawns', expect: SHRIMP },
  { query: 'king prawns', expect: SHRIMP },
  { query: 'porridge', expect: PORRIDGE },
  { query: 'porridge oats', expect: OATS },
  {
    query: 'oatmeal',
    expect: PORRIDGE,
    note: 'SR28’s plain oats are "Cereals, oats, …"; its "oatmeal" names are QUAKER packets, babyfood, cookies and bread.',
  },
  { query: 'mince', expect: GROUND_BEEF, note: 'British "mince" on its own means minced beef.' },
  { query: 'minced beef', expect: GROUND_BEEF },
  { query: 'beef mince', expect: GROUND_BEEF },
  { query: 'turkey mince', expect: ['usda-sr:05305', 'usda-sr:05306', 'usda-sr:05665'] },
  {
    query: 'coriander',
    expect: ['usda-sr:11165', 'usda-sr:02012'],
    note: 'SR28 already names it "Coriander (cilantro) leaves, raw" (no synonym needed); dried leaf also fine, the seed is not.',
  },
  { query: 'rocket', expect: ['usda-sr:11959'], note: 'Arugula, raw.' },
  { query: 'crisps', expect: POTATO_CHIPS, note: 'British crisps are US potato chips (plain salted).' },
  {
    query: 'oven chips',
    expect: ['usda-sr:11403', 'usda-sr:11841'],
    note: 'Frozen french fries, oven heated. Bare "chips" is left out: British chips vs American chips is a coin toss.',
  },
  {
    query: 'french fries',
    expect: ['usda-sr:21138', 'usda-sr:36014', 'usda-sr:11403'],
    note: 'SR28 says "french fried"; only brand / restaurant items say "french fries". The generic fast-food, family-restaurant and oven-heated frozen items.',
  },
  {
    query: 'semi skimmed milk',
    expect: ['usda-sr:01079', 'usda-sr:01174'],
    note: 'Semi-skimmed is ~1.7 % fat; SR28’s nearest is 2 % "reduced fat" (with or without added vitamins; UK milk has none).',
  },
  { query: 'skimmed milk', expect: ['usda-sr:01085', 'usda-sr:01151'], note: 'Milk, nonfat, fluid (fat free or skim).' },
  {
    query: 'jacket potato',
    expect: ['usda-sr:11674', 'usda-sr:11828'],
    note: 'Potatoes, baked, flesh and skin (without / with salt).',
  },
  { query: 'oj', expect: ORANGE_JUICE },
  { query: 'pb', expect: PEANUT_BUTTER },
  { query: 'evoo', expect: OLIVE_OIL },
  { query: 'yoghurt', expect: PLAIN_YOGURT, note: 'British spelling, not a typo: plain yogurt.' },
  { query: 'greek yoghurt', expect: GREEK_YOGURT },
  { query: 'natural yoghurt', expect: ['usda-sr:01116', 'usda-sr:01117'], note: 'British "natural" yogurt = plain.' },
  {
    query: 'spaghetti',
    expect: PASTA,
    note: 'SR28 has no plain spaghetti entry (only spinach / protein-fortified); plain pasta is the answer.',
  },
  { query: 'beetroot', expect: ['usda-sr:11080', 'usda-sr:11081'] },
  { query: 'swede', expect: ['usda-sr:11435', 'usda-sr:11436'], note: 'Rutabagas.' },
  { query: 'mangetout', expect: ['usda-sr:11300', 'usda-sr:11301'], note: 'Peas, edible-podded.' },
  { query: 'sweetcorn', expect: ['usda-sr:11167', 'usda-sr:11168', 'usda-sr:11172'], note: 'Corn, sweet, yellow.' },
  { query: 'double cream', expect: ['usda-sr:01053'], note: 'Cream, fluid, heavy whipping.' },
  { query: 'single cream', expect: ['usda-sr:01050'], note: 'Cream, fluid, light (coffee cream or table cream).' },
  { query: 'icing sugar', expect: ['usda-sr:19336'] },
  { query: 'rapeseed oil', expect: ['usda-sr:04582'], note: 'Oil, canola.' },
  { query: 'broad beans', expect: ['usda-sr:11088', 'usda-sr:11089'], note: 'SR28 writes "Broadbeans" as one word.' },
  { query: 'runner beans', expect: ['usda-sr:11052', 'usda-sr:11053'], note: 'Closest SR28 item: Beans, snap, green.' },
  { query: 'wholemeal bread', expect: ['usda-sr:18075'] },
  { query: 'plain flour', expect: ['usda-sr:20081', 'usda-sr:20581'] },
  { query: 'soya milk', expect: ['usda-sr:16139', 'usda-sr:16120'], note: 'SR28 writes "Soymilk" as one word.' },
  {
    query: 'tinned tuna',
    expect: ['usda-sr:15121', 'usda-sr:15126', 'usda-sr:15119', 'usda-sr:15124'],
    note: 'Light or white, in water or oil: the four are equally right.',
  },
  { query: 'sultanas', expect: ['usda-sr:09297'], note: 'Raisins, golden seedless.' },
  { query: 'kiwi', expect: ['usda-sr:09148'], note: 'Kiwifruit, green, raw; "kiwi" alone only appears in babyfood and juice drinks.' },
  { query: 'satsuma', expect: ['usda-sr:09218'], note: 'Tangerines, (mandarin oranges), raw.' },
  { query: 'bell pepper', expect: ['usda-sr:11821', 'usda-sr:11333'], note: 'Peppers, sweet, red / green, raw.' },
  { query: 'spring onion', expect: ['usda-sr:11291'], note: 'SR28 already says "Onions, spring or scallions": no synonym needed.' },
  { query: 'bok choy', expect: ['usda-sr:11116', 'usda-sr:11117'], note: 'SR28: "Cabbage, chinese (pak-choi)".' },
  { query: 'ketchup', expect: ['usda-sr:11935'], note: 'SR28 spells it "Catsup".' },
  { query: 'mayo', expect: ['usda-sr:04025'] },
  { query: 'coke', expect: ['usda-sr:14148'], note: 'Beverages, carbonated, cola, regular.' },
  { query: 'decaf coffee', expect: ['usda-sr:14201'] },
  { query: 'back bacon', expect: ['usda-sr:10130', 'usda-sr:10998'], note: 'Closest SR28 item to British back bacon: Canadian bacon.' },
  { query: 'treacle', expect: ['usda-sr:19304'], note: 'Black treacle ≈ molasses.' },
  { query: 'bicarb', expect: ['usda-sr:18372'], note: 'Leavening agents, baking soda.' },
  { query: 'hot dog', expect: ['usda-sr:21118', 'usda-sr:07950', 'usda-sr:07022'], note: 'Fast-food plain hotdog or a frankfurter.' },
];

export const FOOD_SEARCH_CASES: FoodSearchCase[] = [...PLAIN, ...TYPOS, ...WORD_ORDER, ...PLURALS, ...EVERYDAY];

/** Everyday / British / shorthand words → the words SR28 uses (keys and values lower-case, singular). */
export const FOOD_SYNONYMS: Record<string, string[]> = {
  // British vegetables and fruit
  courgette: ['zucchini'],
  aubergine: ['eggplant'],
  rocket: ['arugula'],
  beetroot: ['beet'],
  swede: ['rutabaga'],
  mangetout: ['edible podded pea'],
  sweetcorn: ['sweet corn'],
  'broad bean': ['broadbean', 'fava'],
  'runner bean': ['snap green bean'],
  'bell pepper': ['sweet pepper'],
  'bok choy': ['pak choi'],
  kiwi: ['kiwifruit'],
  satsuma: ['tangerine'],
  sultana: ['golden seedless raisin'],
  // meat and fish
  prawn: ['shrimp'],
  'king prawn': ['shrimp'],
  mince: ['ground beef'],
  'turkey mince': ['ground turkey'],
  minced: ['ground'],
  'back bacon': ['canadian bacon'],
  'hot dog': ['hotdog', 'frankfurter'],
  // dairy
  yoghurt: ['yogurt'],
  'natural yoghurt': ['plain yogurt'],
  'semi skimmed': ['reduced fat', '2% milkfat'],
  skimmed: ['skim', 'nonfat'],
  'double cream': ['heavy whipping cream'],
  'single cream': ['light cream'],
  'soya milk': ['soymilk'],
  'soy milk': ['soymilk'],
  // grains, potatoes, snacks
  porridge: ['oat'],
  oatmeal: ['oat'],
  spaghetti: ['pasta'],
  'jacket potato': ['baked potato'],
  crisp: ['potato chip'],
  'french fry': ['french fried'],
  'oven chip': ['french fried'],
  wholemeal: ['whole wheat'],
  'plain flour': ['all purpose flour'],
  // cupboard, drinks, shorthand
  'icing sugar': ['powdered sugar'],
  rapeseed: ['canola'],
  tinned: ['canned'],
  treacle: ['molasses'],
  bicarb: ['baking soda'],
  ketchup: ['catsup'],
  mayo: ['mayonnaise'],
  coke: ['cola'],
  decaf: ['decaffeinated'],
  oj: ['orange juice'],
  pb: ['peanut butter'],
  evoo: ['olive oil'],
};
