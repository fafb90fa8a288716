/**
 * Invented stories for the comparison tests, one paragraph per array entry. Names, places and
 * figures are made up; each story is written to be paired with another (see pairs.ts).
 */

/** A local news story: the base of the light edits, the excerpt and the expansion. */
export const BRIDGE = [
  'HARLOW — The Harlow town council voted 7 to 2 on Tuesday night to spend $4.2 million repairing the Mill Street bridge, ending a debate that has divided residents for more than a year.',
  'The bridge, built in 1931 over the Stour River, was closed to lorries last spring after inspectors found corrosion in two of its steel girders. Cars and buses have continued to cross it, but engineers warned that the weight limit may have to be lowered again before winter.',
  'Mayor Ellen Ward said the vote was the hardest of her time in office. “Nobody wanted to spend this much money on one crossing,” she told the chamber. “But the alternative was to watch the center of town cut in two.”',
  'Under the plan approved on Tuesday, the work will begin in March and last about nine months. One lane will remain open for most of that time, with traffic lights at each end and a temporary footbridge for pedestrians and cyclists.',
  'Council member Raj Patel, who voted against the plan, argued that the town should replace the bridge outright rather than patch a structure that is nearly a century old. He said a new bridge would cost roughly twice as much but last three times as long, and could be partly paid for with state grants.',
  '“We are buying ourselves twenty years, maybe twenty-five,” Patel said. “Our children will be having this same argument, and the price will be higher.”',
  'Shop owners on Mill Street have followed the debate closely. Many of them depend on customers who drive in from the villages on the east bank, and several spoke at earlier meetings about the losses they suffered during the last closure in 2016.',
  'Nadia Brooks, who runs a hardware store a block from the bridge, said she was relieved that at least one lane would stay open. “Last time they shut it completely for six weeks, and I nearly lost the business,” she said. “My neighbors kept me going.”',
  "The money will come from the town's capital reserve and a loan that the council expects to repay over fifteen years. Finance officer Tom Greer said the loan would add about $38 a year to the average household's property tax bill.",
  "The repair program also includes new railings, painted in the dark green color the bridge wore when it opened, and lighting along both footpaths. A plaque marking the bridge's centenary is planned for 2031.",
  'Residents who want to comment on the construction schedule can attend a public meeting at the library on February 3, the council said.',
];

/** Paragraphs a republishing site wrote itself, added to BRIDGE for the expanded copy. */
export const BRIDGE_ADDED = [
  'Editor’s note: The Valley Courier has covered the Mill Street bridge since the first cracks were reported, and our readers have sent us hundreds of letters about it over the past year.',
  'We asked people on both banks what they thought of the decision. Most of those we reached on Wednesday morning said they were glad the question was finally settled, even if few of them liked the price.',
  '“I cross it four times a day to take my kids to school and get to work,” said Colin Marsh, a nurse who lives in Eastfield. “I just want to know it will still be standing in ten years.”',
  'Others were less forgiving. A petition calling for a new bridge, started in the autumn by a group of retired engineers, had gathered more than 1,400 signatures by the time of the vote, and its organisers say they will keep pressing the council.',
  'The Courier will follow the works as they begin in March. If your business or your commute is affected, write to us at the address below and tell us how.',
];

/** Another story about the same bridge, a year on: the same names and terms, other words. */
export const BRIDGE_LATER = [
  'HARLOW — A year after the council approved $4.2 million for the Mill Street bridge, the scaffolding is finally coming down and the traffic lights at either end are due to be switched off next week.',
  'The works ran six weeks over schedule. Contractors blamed a wet autumn and a shortage of the steel plate needed for the girders, which had to be shipped from a mill in the north.',
  'Mayor Ellen Ward, who faces re-election in May, walked across the reopened footpath on Friday with a group of schoolchildren. She called the project “a promise kept” and thanked residents for their patience.',
  'Raj Patel, still on the council and still unconvinced, used the occasion to renew his call for a replacement crossing. He pointed to a consultant’s report that puts the cost of a new bridge over the Stour River at just under $9 million.',
  'For the shops on Mill Street, the past nine months were hard but not ruinous. Nadia Brooks said takings at her hardware store fell by about a fifth while the single lane was in use, then recovered over the winter.',
  'Drivers will notice the new lighting first. The dark green railings, restored to their original shade, were installed in January, and the plaque for the centenary in 2031 has already been cast.',
  'The council says the final bill will be close to the budget, thanks to a reserve that was set aside for overruns. A full account is expected at its meeting in June.',
];

/** BRIDGE in French, as a translated copy would carry it. */
export const BRIDGE_FR = [
  'HARLOW — Le conseil municipal de Harlow a voté mardi soir, par 7 voix contre 2, une dépense de 4,2 millions de dollars pour réparer le pont de Mill Street, mettant fin à un débat qui divise les habitants depuis plus d’un an.',
  'Le pont, construit en 1931 au-dessus de la rivière Stour, a été fermé aux poids lourds au printemps dernier après que des inspecteurs ont découvert de la corrosion dans deux de ses poutres en acier. Voitures et bus continuent de le traverser, mais les ingénieurs ont averti que la limite de charge pourrait encore être abaissée avant l’hiver.',
  'La maire Ellen Ward a déclaré que ce vote était le plus difficile de son mandat. « Personne ne voulait dépenser autant d’argent pour un seul pont », a-t-elle dit devant le conseil. « Mais l’autre choix, c’était de voir le centre-ville coupé en deux. »',
  'Selon le plan adopté mardi, les travaux commenceront en mars et dureront environ neuf mois. Une voie restera ouverte la plupart du temps, avec des feux à chaque extrémité et une passerelle provisoire pour les piétons et les cyclistes.',
  'Le conseiller Raj Patel, qui a voté contre, estime que la ville devrait remplacer le pont plutôt que de rafistoler un ouvrage presque centenaire. Selon lui, un pont neuf coûterait environ deux fois plus cher mais durerait trois fois plus longtemps, et pourrait être financé en partie par des subventions de l’État.',
  '« Nous nous achetons vingt ans, peut-être vingt-cinq », a déclaré M. Patel. « Nos enfants auront la même dispute, et le prix sera plus élevé. »',
  'Les commerçants de Mill Street ont suivi le débat de près. Beaucoup dépendent de clients qui viennent en voiture des villages de la rive est, et plusieurs ont évoqué lors de réunions précédentes les pertes subies pendant la dernière fermeture, en 2016.',
  'Nadia Brooks, qui tient une quincaillerie à une rue du pont, s’est dite soulagée qu’au moins une voie reste ouverte. « La dernière fois, ils l’ont fermé complètement pendant six semaines, et j’ai failli perdre mon commerce », a-t-elle raconté. « Mes voisins m’ont permis de tenir. »',
  'L’argent proviendra de la réserve d’investissement de la ville et d’un emprunt que le conseil compte rembourser sur quinze ans. Le responsable des finances, Tom Greer, a indiqué que l’emprunt ajouterait environ 38 dollars par an à la taxe foncière d’un ménage moyen.',
  'Le programme de réparation comprend aussi de nouveaux garde-corps, peints dans le vert foncé que portait le pont à son ouverture, ainsi qu’un éclairage le long des deux trottoirs. Une plaque marquant le centenaire du pont est prévue pour 2031.',
  'Les habitants qui souhaitent donner leur avis sur le calendrier des travaux pourront assister à une réunion publique à la bibliothèque le 3 février, a précisé le conseil.',
];

/** A wire story, carried by other sites with their own cuts and datelines. */
export const STORM = [
  'PORT ELLIS, Calder Islands (Wire) — A powerful storm tore through the Calder Islands on Sunday, cutting power to more than 60,000 homes, flooding the harbour district of the capital and forcing the closure of the main airport, officials said.',
  'Storm Hilda made landfall on the southern coast shortly after 4 a.m. with sustained winds of about 150 kilometres per hour, according to the islands’ weather service, which had issued its highest warning the night before.',
  'Prime Minister Aurelio Vance said in a televised address that two people had died, a fisherman whose boat capsized off the western cape and an elderly woman struck by a falling tree in the town of Bellmont. At least 40 others were treated for injuries.',
  '“This is the worst storm our islands have seen in a generation,” Vance said. “I ask everyone to stay indoors until the all-clear is given and to check on their neighbours when it is safe to do so.”',
  'In Port Ellis, seawater surged over the harbour wall at high tide and flooded streets up to a metre deep. Residents were filmed wading through the market square as shop signs and roof tiles flew past.',
  'The national power company said its crews could not begin repairs until the winds eased, and that some outlying villages might be without electricity for a week. Mobile phone networks were also down across much of the north.',
  'The airport will stay closed until at least Tuesday while debris is cleared from the runway, the transport ministry said. Ferries between the main island and its smaller neighbours were suspended.',
  'The government has opened 35 emergency shelters in schools and churches, and the army has been deployed to help with evacuations in low-lying areas along the southern coast.',
  'Hilda is the third named storm of the season and the strongest to hit the islands since 1998, when Storm Maris killed 14 people and destroyed much of the old harbour.',
  'Forecasters said the storm was expected to weaken as it moved north-east over cooler waters on Monday, but warned of heavy rain and the risk of landslides in the hills for two more days.',
  'The Calder Islands, home to about 310,000 people, depend heavily on tourism and fishing. Business groups said it was too early to estimate the cost of the damage, but that the harbour alone would need months of work.',
  'Neighbouring countries have offered help. A spokesperson for the regional disaster agency said a team of engineers and a shipment of generators would arrive as soon as the airport reopens.',
];

/** What a site abroad added to its cut of STORM: its readers' side of the story. */
export const STORM_LOCAL = [
  'Families in Harlow with relatives on the islands spent Sunday trying to get through on the phone. “We heard from my sister at midnight, then nothing,” said Marta Quill, whose family runs a guest house near the harbour in Port Ellis. “The last message said the water was at the door.”',
  'The Calder Islands Association, which has about 600 members in the county, opened its hall on Church Road as a collection point for blankets, tinned food and bottled water, and asked for donations to be dropped off before Friday, when a container leaves for the islands.',
  'Travel agents said around 40 people from the area were believed to be on holiday in the Calder Islands. The Foreign Office advised against all but essential travel and asked anyone worried about a relative to call its helpline rather than the islands’ overstretched police.',
];

/** A company's announcement, with the boilerplate that news sites often drop. */
export const RELEASE = [
  'LARKFIELD, England, June 12 — Larkfield Instruments, a maker of precision sensors for farming and water management, today announced that it will open a new production plant in Dunmore, creating 220 jobs over the next three years.',
  'The 14,000 square metre site, on the former Dunmore brickworks, will build the company’s soil-moisture probes and flow meters, which are used by growers and water utilities in more than 30 countries.',
  '“Demand for our sensors has doubled since 2021, and we have run out of room at our home plant,” said chief executive Priya Okafor. “Dunmore gives us space to grow, a skilled workforce and good links to the ports we ship from.”',
  'Construction is due to begin in September, with the first production line running by the end of next year. The company is investing £38 million in the plant, supported by a £4 million grant from the regional development fund.',
  'Larkfield will also open a training centre at the site, run with Dunmore College, to offer apprenticeships in electronics and machine maintenance. The first 25 apprentices will start in the autumn of next year.',
  'Local leaders welcomed the news. “These are skilled, well-paid jobs of the kind this town has been asking for since the brickworks closed,” said councillor Helen Roe, who chairs the area’s economic committee.',
  'About Larkfield Instruments: Founded in 1987 and based in Larkfield, England, Larkfield Instruments designs and manufactures sensors and data systems that help farmers, utilities and researchers measure and manage water. The company employs 640 people and sells its products in 34 countries. For more information, visit the company’s website.',
  'Forward-looking statements: This announcement contains forward-looking statements, including statements about the timing of construction, the number of jobs created and future demand for the company’s products. Such statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to differ materially from those expressed or implied.',
  'Media contact: Sam Whitlow, Communications Manager, Larkfield Instruments, press office telephone and e-mail on request.',
];
/** How many of RELEASE's paragraphs are the story; the rest is boilerplate. */
export const RELEASE_BODY = 6;

/** Two agencies' reports of the same match: the same facts and figures, in their own words. */
export const MATCH_A = [
  'ASHFORD, England (Agency One) — Ashford Town beat Kelby United 3-1 on Saturday to move three points clear at the top of the Southern League, with striker Leon Marsh scoring twice in front of a crowd of 8,412.',
  'Marsh opened the scoring in the 12th minute, heading in a corner from Danny Cole, and doubled the lead just before half-time when he ran on to a long ball and beat goalkeeper Eric Vine at his near post.',
  'Kelby pulled one back through Omar Reid in the 58th minute and pressed for an equaliser, but substitute Tom Ashby settled the match with a low shot from the edge of the area in the 81st minute.',
  'Ashford manager Gary Holt said his side had shown character after a difficult week. “We were not at our best in the second half, but we found a way,” he said. “Leon was outstanding again.”',
  'Kelby, who had won their previous four league games, drop to fourth. Their manager, Steve Barlow, said the second goal had come at the worst possible moment.',
  'Ashford travel to Penmore next Saturday, while Kelby host Dalton Rovers.',
];
export const MATCH_B = [
  'Leon Marsh struck twice as leaders Ashford Town saw off Kelby United 3-1 at home on Saturday, stretching their lead in the Southern League to three points. The attendance was 8,412.',
  'The forward gave Ashford a 12th-minute lead with a header from Danny Cole’s corner, then made it 2-0 on the stroke of half-time, chasing a long pass and firing past Kelby keeper Eric Vine.',
  'Omar Reid’s 58th-minute goal gave the visitors hope, and they had the better of the second half, but Tom Ashby came off the bench to seal the win with a low drive from 20 yards nine minutes from time.',
  '“It wasn’t pretty after the break, but this group keeps finding answers,” Ashford boss Gary Holt said, singling out Marsh for praise after a hard week for the club.',
  'Defeat ended a run of four straight league wins for Kelby, who slip to fourth. Manager Steve Barlow rued the timing of Ashford’s second goal.',
  'Next up for Ashford is a trip to Penmore; Kelby welcome Dalton Rovers.',
];

/** Two agencies' reports of the same quarterly results. */
export const EARNINGS_A = [
  'NEW YORK (Agency One) — Pellham Foods reported third-quarter revenue of $2.31 billion on Thursday, up 4 percent from a year earlier, as higher prices for its frozen meals offset a small drop in the volume it sold.',
  'Net income rose to $184 million, or $1.12 a share, from $162 million, or 98 cents a share, a year ago. Analysts polled by Marketline had expected earnings of $1.05 a share on revenue of $2.28 billion.',
  'The company raised its forecast for the full year and now expects revenue of $9.1 billion to $9.2 billion, up from an earlier range of $8.9 billion to $9.1 billion.',
  'Chief executive Laura Stein said shoppers were still trading down to cheaper brands, but that Pellham’s own value range had gained share. “Our value lines are doing exactly what we built them to do,” she said on a call with analysts.',
  'Shares of Pellham rose 6 percent to $71.40 in early trading.',
];
export const EARNINGS_B = [
  'Pellham Foods beat Wall Street estimates for the third quarter and lifted its annual outlook on Thursday, helped by price increases on frozen meals that more than made up for slightly lower sales volumes.',
  'The frozen food maker earned $184 million, or $1.12 per share, in the three months, compared with $162 million, or 98 cents per share, in the same period last year. Revenue climbed 4 percent to $2.31 billion.',
  'Wall Street had forecast $1.05 per share and sales of $2.28 billion, according to Marketline data.',
  'Pellham now sees full-year revenue between $9.1 billion and $9.2 billion, compared with its previous guidance of $8.9 billion to $9.1 billion.',
  'CEO Laura Stein told analysts that consumers continue to switch to lower-priced brands, a shift that has benefited the company’s own budget range. The stock gained 6 percent to $71.40 in morning trade.',
];
