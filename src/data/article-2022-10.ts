/**
 * The built-in dataset: the story of a Dutch news article of October 2022 about Lukashenko, Putin and
 * Belarus's role in Russia's war on Ukraine. Every `source.excerpt` and every `quotes[].text`
 * is a verbatim substring of that article, typos and all ("Loeksjenko"); the English of each quote is
 * our translation. Where a date, or part of it, does not come from the article, `dateBasis` and
 * `dateNote` say so.
 */
import type { TimelineDataset, TimelineQuote } from './types.js';

const HUMMELS: Pick<TimelineQuote, 'speaker' | 'role'> = {
  speaker: 'Franka Hummels',
  role: { nl: 'journalist en Belarus-kenner', en: 'journalist and Belarus expert' },
};

const VAN_DER_TOGT: Pick<TimelineQuote, 'speaker' | 'role'> = {
  speaker: 'Tony van der Togt',
  role: { nl: 'Rusland-deskundige, Clingendael', en: 'Russia expert, Clingendael' },
};

export const belarusStory: TimelineDataset = {
  title: {
    nl: 'Loekasjenko, Poetin en de oorlog in Oekraïne',
    en: 'Lukashenko, Putin and the war in Ukraine',
  },
  asOf: '2022-10',
  source: {
    label: { nl: 'Nieuwsartikel, oktober 2022', en: 'News article, October 2022' },
  },
  lanes: [
    { id: 'belarus', label: { nl: 'Belarus', en: 'Belarus' }, color: '#d03a2f' },
    { id: 'russia', label: { nl: 'Rusland', en: 'Russia' }, color: '#3a78c2' },
    { id: 'relations', label: { nl: 'Belarus–Rusland', en: 'Belarus–Russia' }, color: '#8266c4' },
    { id: 'war', label: { nl: 'Oorlog in Oekraïne', en: 'War in Ukraine' }, color: '#a66f00' },
  ],
  entries: [
    {
      id: 'lukashenko-presidency',
      date: '1994',
      end: 'ongoing',
      lane: 'belarus',
      title: { nl: 'Loekasjenko president', en: 'Lukashenko president' },
      summary: {
        nl: 'Aleksandr Loekasjenko is sinds 1994 president van Belarus. Toch heeft hij volgens Franka Hummels nauwelijks nog macht.',
        en: 'Alexander Lukashenko has been president of Belarus since 1994. Yet according to Franka Hummels he has hardly any power left.',
      },
      source: { excerpt: 'Loeksjenko is sinds 1994 president van Belarus' },
      quotes: [
        {
          text: 'hij heeft eigenlijk bijna geen macht meer',
          ...HUMMELS,
          translation: { en: 'he actually has almost no power left' },
        },
      ],
    },
    {
      id: 'putin-in-power',
      date: '2000',
      end: 'ongoing',
      lane: 'russia',
      title: { nl: 'Poetin aan de macht', en: 'Putin comes to power' },
      summary: {
        nl: 'In 2000 komt Vladimir Poetin in Rusland aan de macht. In oktober 2022 is hij nog altijd president.',
        en: 'In 2000 Vladimir Putin comes to power in Russia. In October 2022 he is still president.',
      },
      source: { excerpt: 'In 2000 kwam Poetin aan de macht' },
    },
    {
      id: 'kremlin-dream-ends',
      date: '2000',
      lane: 'relations',
      title: { nl: 'Geen Kremlin voor Loekasjenko', en: "Lukashenko's Kremlin dream ends" },
      summary: {
        nl: 'Loekasjenko en Poetin streven beiden naar een soort terugkeer van de Sovjet-Unie, maar Loekasjenko wilde aanvankelijk zelf in het Kremlin belanden. Toen Poetin in 2000 aan de macht kwam, liet die geen ruimte voor die droom.',
        en: 'Lukashenko and Putin both strive for a kind of return of the Soviet Union, but Lukashenko originally wanted to end up in the Kremlin himself. When Putin came to power in 2000, he left no room for that dream.',
      },
      source: { excerpt: 'Loekasjenko wilde aanvankelijk zélf in het Kremlin belanden' },
      quotes: [
        {
          text: 'In 2000 kwam Poetin aan de macht en die gaf hem geen ruimte voor die droom.',
          ...HUMMELS,
          translation: { en: 'In 2000 Putin came to power, and he left him no room for that dream.' },
        },
      ],
    },
    {
      id: 'putin-lukashenko-2001',
      date: '2001',
      lane: 'relations',
      title: { nl: 'Loekasjenko en Poetin, 2001', en: 'Lukashenko and Putin, 2001' },
      summary: {
        nl: 'Een persfoto uit 2001 toont Loekasjenko en Poetin samen. De relatie tussen de twee was al precair.',
        en: 'A press photo from 2001 shows Lukashenko and Putin together. The relationship between the two was already precarious.',
      },
      source: { excerpt: 'Loekasjenko en Poetin in 2001 - EPA' },
      dateNote: {
        nl: 'Het jaar komt uit het fotobijschrift bij het artikel ("Loekasjenko en Poetin in 2001"); wat er in 2001 gebeurde, vertelt het artikel niet.',
        en: 'The year comes from the photo caption in the article ("Lukashenko and Putin in 2001"); the article does not say what happened in 2001.',
      },
      quotes: [
        {
          text: 'De twee mannen hebben echt een hekel aan elkaar.',
          ...HUMMELS,
          translation: { en: 'The two men really cannot stand each other.' },
        },
      ],
    },
    {
      id: 'dependence-on-putin',
      date: '2020',
      end: 'ongoing',
      lane: 'relations',
      title: { nl: 'Afhankelijk van Poetin', en: 'Dependent on Putin' },
      summary: {
        nl: 'Zeker sinds 2020 is Loekasjenko voor zijn positie volledig afhankelijk van Poetin. Daarom gaat hij braaf mee in Poetins verhaal over Oekraïne.',
        en: 'Since 2020 at the latest, Lukashenko has depended entirely on Putin to stay in his position. That is why he dutifully goes along with Putin’s story about Ukraine.',
      },
      source: { excerpt: 'Zeker sinds 2020 is hij voor zijn positie volledig afhankelijk van Poetin.' },
      quotes: [
        {
          text: 'Sindsdien kan hij zich alleen met zware repressie handhaven, militair en financieel gesteund door Poetin.',
          ...VAN_DER_TOGT,
          translation: {
            en: 'Since then he can only hold on through heavy repression, backed militarily and financially by Putin.',
          },
        },
        {
          text: 'De prijs die Loekasjenko daarvoor betaalt: op het moment dat Poetin besluit dat er wat moet gebeuren, moet hij dat uitvoeren.',
          ...HUMMELS,
          translation: {
            en: 'The price Lukashenko pays for that: the moment Putin decides that something has to happen, he has to carry it out.',
          },
        },
      ],
    },
    {
      id: 'protests-crushed',
      date: '2020-08',
      lane: 'belarus',
      title: { nl: 'Protesten neergeslagen', en: 'Protests crushed' },
      summary: {
        nl: 'Na de omstreden verkiezing gaat de bevolking de straat op, maar de protesten worden keihard neergeslagen. Loekasjenko blijft aan dankzij Poetin.',
        en: 'After the disputed election people take to the streets, but the protests are crushed ruthlessly. Lukashenko stays in power thanks to Putin.',
      },
      source: { excerpt: 'De bevolking ging de straat op, maar de protesten werden keihard neergeslagen.' },
      dateBasis: 'background',
      dateNote: {
        nl: 'Het jaar 2020 staat in het artikel. De maand is achtergrondkennis: de protesten begonnen na de presidentsverkiezing van 9 augustus 2020.',
        en: 'The year 2020 is in the article. The month is background knowledge: the protests began after the presidential election of 9 August 2020.',
      },
      quotes: [
        {
          text: 'Loekasjenko heeft daarmee alle bruggen naar het Westen verbrand',
          ...VAN_DER_TOGT,
          translation: { en: 'With that, Lukashenko burned all his bridges to the West' },
        },
        {
          text: "Loekasjenko kon z'n bevolking zelf niet meer in toom houden. Het is bij de gratie van Poetin dat hij kon aanblijven en dat de revolutie mislukte.",
          ...HUMMELS,
          translation: {
            en: 'Lukashenko could no longer keep his own people in check. It is by Putin’s grace that he could stay on and that the revolution failed.',
          },
        },
      ],
    },
    {
      id: 'election-2020',
      date: '2020-08-09',
      lane: 'belarus',
      title: { nl: 'Omstreden presidentsverkiezing', en: 'Disputed presidential election' },
      summary: {
        nl: 'Loekasjenko wint de presidentsverkiezingen, maar volgens de oppositie en het Westen alleen dankzij grootscheepse fraude.',
        en: 'Lukashenko wins the presidential election, but according to the opposition and the West only thanks to large-scale fraud.',
      },
      source: {
        excerpt:
          'In dat jaar won Loekasjenko de presidentsverkiezingen, maar volgens de oppositie en het Westen lukte hem dat alleen dankzij grootscheepse fraude.',
      },
      dateBasis: 'background',
      dateNote: {
        nl: 'Het artikel noemt alleen het jaar 2020. Dat de verkiezing op 9 augustus 2020 werd gehouden, is achtergrondkennis.',
        en: 'The article only gives the year 2020. That the election was held on 9 August 2020 is background knowledge.',
      },
    },
    {
      id: 'supply-line-sabotage',
      date: '2022',
      lane: 'belarus',
      title: { nl: 'Sabotage van aanvoerlijnen', en: 'Supply lines sabotaged' },
      summary: {
        nl: 'De meeste Belarussen zijn tegen de oorlog. Volgens Hummels saboteerden Belarussen de afgelopen tijd Russische aanvoerlijnen.',
        en: 'Most Belarusians are against the war. According to Hummels, Belarusians have recently sabotaged Russian supply lines.',
      },
      source: { excerpt: 'Belarussen saboteerden de afgelopen tijd Russische aanvoerlijnen.' },
      dateNote: {
        nl: 'Het artikel (oktober 2022) zegt "de afgelopen tijd", zonder preciezere datum.',
        en: 'The article (October 2022) says "recently", without a more precise date.',
      },
      quotes: [
        {
          text: 'In Belarus zijn veruit de meeste mensen echt tegen de oorlog. Belarussen saboteerden de afgelopen tijd Russische aanvoerlijnen.',
          ...HUMMELS,
          translation: {
            en: 'In Belarus, by far most people are really against the war. Belarusians have recently been sabotaging Russian supply lines.',
          },
        },
      ],
    },
    {
      id: 'belarusian-battalions',
      date: '2022',
      lane: 'war',
      title: { nl: 'Belarussen vechten voor Oekraïne', en: 'Belarusians fight for Ukraine' },
      summary: {
        nl: 'Weinig Belarussen willen aan Russische zijde meevechten. Er zijn zelfs Belarussische bataljons die aan Oekraïense zijde vechten.',
        en: 'Few Belarusians want to fight on the Russian side. There are even Belarusian battalions fighting on the Ukrainian side.',
      },
      source: { excerpt: 'En er zijn zelfs Belarussische bataljons die meevechten aan Oekraïense zijde' },
      quotes: [
        {
          text: 'de animo om mee te doen aan Russische zijde is verschrikkelijk klein',
          ...HUMMELS,
          translation: { en: 'the appetite for joining in on the Russian side is terribly small' },
        },
      ],
    },
    {
      id: 'troops-via-belarus',
      date: '2022-02',
      lane: 'war',
      title: { nl: 'Troepen via Belarus', en: 'Troops move in via Belarus' },
      summary: {
        nl: 'Al in het begin van de oorlog gebruikt het Russische leger Belarus om troepen en materieel naar Noord-Oekraïne te verplaatsen.',
        en: 'Right at the start of the war, the Russian army uses Belarus to move troops and equipment into northern Ukraine.',
      },
      source: {
        excerpt:
          'Het Russische leger gebruikte Belarus al in het begin van de oorlog om troepen en materieel naar Noord-Oekraïne te verplaatsen.',
      },
      dateNote: {
        nl: 'Het artikel zegt "al in het begin van de oorlog". Dat de oorlog in februari 2022 begon, is achtergrondkennis.',
        en: 'The article says "right at the start of the war". That the war began in February 2022 is background knowledge.',
      },
    },
    {
      id: 'missiles-from-belarus',
      date: '2022-02',
      end: 'ongoing',
      lane: 'war',
      title: { nl: 'Raketten en bevoorrading', en: 'Missiles and supplies from Belarus' },
      summary: {
        nl: 'Sindsdien vuurt Rusland een aantal keer raketten af op Oekraïne vanuit Belarus, en wordt het land ingezet voor de bevoorrading van het leger, zonder dat het Belarussische leger zelf meevecht.',
        en: 'Since then Russia has fired missiles at Ukraine from Belarus several times, and the country has been used to supply the army, without the Belarusian army itself joining the fighting.',
      },
      source: {
        excerpt:
          'Sindsdien vuurde Rusland een aantal keer raketten op Oekraïne af vanuit Belarus en werd het land ingezet voor bevoorrading van het leger.',
      },
      dateNote: {
        nl: '"Sindsdien" verwijst naar het begin van de oorlog; de maand februari 2022 is achtergrondkennis. Het artikel noemt geen einde: de periode loopt door tot oktober 2022.',
        en: '"Since then" refers to the start of the war; the month, February 2022, is background knowledge. The article names no end: the period runs on to October 2022.',
      },
      quotes: [
        {
          text: 'Op die manier is het land vanaf het begin betrokken geweest bij de oorlog, zonder dat het Belarussische leger zelf aan het meevechten was',
          ...HUMMELS,
          translation: {
            en: 'That way the country has been involved in the war from the start, without the Belarusian army itself taking part in the fighting',
          },
        },
      ],
    },
    {
      id: 'war-in-ukraine',
      date: '2022-02-24',
      end: 'ongoing',
      lane: 'war',
      title: { nl: 'Oorlog in Oekraïne', en: 'War in Ukraine' },
      summary: {
        nl: 'De oorlog in Oekraïne begint. Poetin heeft daarin nog maar één echte bondgenoot: de Belarussische president Loekasjenko.',
        en: 'The war in Ukraine begins. In it, Putin has only one real ally left: the Belarusian president, Lukashenko.',
      },
      source: {
        excerpt:
          'Maar echte bondgenoten, daarvan heeft president Vladimir Poetin er in de oorlog nog maar één: de Belarussische president Aleksandr Loekasjenko.',
      },
      dateBasis: 'background',
      dateNote: {
        nl: 'Het artikel spreekt van "het begin van de oorlog", zonder datum. Dat de Russische invasie op 24 februari 2022 begon, is achtergrondkennis.',
        en: 'The article speaks of "the start of the war", without a date. That the Russian invasion began on 24 February 2022 is background knowledge.',
      },
    },
    {
      id: 'provocation-claims',
      date: '2022-10',
      lane: 'belarus',
      title: { nl: 'Minsk spreekt van "provocaties"', en: 'Minsk alleges "provocations"' },
      summary: {
        nl: 'De Belarussische regering spreekt over Oekraïense "provocaties" en zegt dat Kiev aanvallen op Belarus voorbereidt. Van der Togt noemt dat framing om uit te leggen waarom de troepensamenwerking nodig is.',
        en: 'The Belarusian government speaks of Ukrainian "provocations" and says that Kyiv is preparing attacks on Belarus. Van der Togt calls it framing to explain why the military cooperation is needed.',
      },
      source: {
        excerpt:
          'De Belarussische regering sprak de afgelopen dagen over Oekraïense "provocaties" en zei dat Kiev "aanvallen op het grondgebied van Belarus voorbereidt".',
      },
      dateNote: {
        nl: 'Het artikel (oktober 2022) zegt "de afgelopen dagen".',
        en: 'The article (October 2022) says "in the past few days".',
      },
      quotes: [
        {
          text: 'Redelijk onzinnig',
          ...VAN_DER_TOGT,
          translation: { en: 'Fairly nonsensical' },
        },
        {
          text: 'De Oekraïners hebben wel iets anders aan hun hoofd. Het is framing om uit te leggen waarom de troepensamenwerking nodig is.',
          ...VAN_DER_TOGT,
          translation: {
            en: 'The Ukrainians have other things on their minds. It is framing, to explain why the military cooperation is needed.',
          },
        },
        {
          text: 'Dit is een manier voor Poetin en Loekasjenko om Oekraïne als agressor neer te zetten.',
          ...HUMMELS,
          translation: { en: 'This is a way for Putin and Lukashenko to portray Ukraine as the aggressor.' },
        },
      ],
    },
    {
      id: 'joint-troop-buildup',
      date: '2022-10-10',
      lane: 'relations',
      title: { nl: 'Gezamenlijke troepenopbouw', en: 'Joint troop build-up' },
      summary: {
        nl: 'Loekasjenko zegt dat Belarus en Rusland werken aan een gezamenlijke troepenopbouw, kennelijk om Oekraïne ook vanuit het noorden aan te vallen. Experts denken dat zo’n offensief er voorlopig niet in zit, ook omdat het voor Loekasjenko erg slecht kan uitpakken.',
        en: 'Lukashenko says that Belarus and Russia are working on a joint troop build-up, apparently to attack Ukraine from the north as well. Experts think such an offensive is unlikely for now, partly because it could turn out very badly for Lukashenko.',
      },
      source: {
        excerpt:
          'Maandag zei Loekasjenko dat de twee landen zelfs werken aan een gezamenlijke troepenopbouw.',
      },
      dateBasis: 'inferred',
      dateNote: {
        nl: 'Het artikel van oktober 2022 zegt "Maandag". Afgeleid: maandag 10 oktober 2022, de dag waarop Loekasjenko de gezamenlijke troepenmacht aankondigde (achtergrondkennis).',
        en: 'The article of October 2022 says "Monday". Inferred: Monday 10 October 2022, the day Lukashenko announced the joint force (background knowledge).',
      },
      quotes: [
        {
          text: "Loekasjenko's betrokkenheid bij de oorlog kan leiden tot zijn val.",
          ...HUMMELS,
          translation: { en: 'Lukashenko’s involvement in the war could lead to his downfall.' },
        },
        {
          text: 'Het geografische voordeel om Oekraïne ook vanuit het noorden aan te vallen, had Rusland al',
          ...HUMMELS,
          translation: {
            en: 'Russia already had the geographical advantage of being able to attack Ukraine from the north as well',
          },
        },
      ],
    },
  ],
};
