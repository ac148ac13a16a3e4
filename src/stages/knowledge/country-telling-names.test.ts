import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity ids and countries of what the shipped base finds in `text`, in text order. */
function found(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map(
    (m) => `${m.entity_id}=${m.place?.country ?? m.actor?.country ?? '-'}`,
  );
}

// Spellings news gives regions, camps and sites, and groups tied to one country, that tell an incident's
// country when nothing else in the text does.
describe('the shipped base reads names that tell the country', () => {
  it.each([
    ['Shots rang out inside Ayn al-Hulwah overnight', 'place:lb:sidon:ain-al-hilweh=LB'],
    ['Gunmen opened fire in the Ain al-Hilwa camp', 'place:lb:sidon:ain-al-hilweh=LB'],
    ['A judge was shot in the Sistan-Baluchistan province', 'region:ir:sistan-and-baluchestan=IR'],
    ['A cafe was bombed in Karachayevo-Cherkessia', 'region:ru:karachay-cherkessia=RU'],
    ['N. IRELAND.  A bomb exploded outside a pub.', 'region:gb:northern-ireland=GB'],
    ['A courtyard in Vladivostock was damaged by a blast', 'place:ru:vladivostok=RU'],
    ['Rebels blew up the pipeline near Covenas', 'place:co:covenas=CO'],
    ['A village defence volunteer was shot on his way home', 'actor:forces:th:defence-volunteers=TH'],
    ['A school was bombed in Munshiganj district', 'region:bd:munshiganj=BD'],
    ['Two passengers were shot at Soekarno-Hatta airport', 'place:id:soekarno-hatta-airport=ID'],
    ['A house was blown up in Bosnjacka Mahala', 'place:xk:mitrovica:bosnjacka-mahala=XK'],
    [
      'The Anti-Imperialist Territorial Nuclei claimed the bomb',
      'actor:anti-imperialist-territorial-nuclei=IT',
    ],
    [
      'A bomb was found at an Initiative for Catalonia Greens office',
      'actor:initiative-for-catalonia-greens=ES',
    ],
    ['The group al-Tawhid wa al-Jihad kidnapped three drivers', 'actor:tawhid-wal-jihad=IQ'],
    ['Gunmen torched a party office in Asaba, Delta State', 'place:ng:asaba=NG'],
    ['The Taliban beheaded a farmer from Gilan District', 'place:af:gilan=AF'],
    ['Gunmen shot the prosecutor of Khash in Sistan-Baluchistan', 'place:ir:khash=IR'],
    ["The Sudan People's Liberation Army shelled a market", 'actor:forces:ss:military=SS'],
    ['National Democratic Front for Bodoland militants attacked a village', 'actor:ndfb=IN'],
    ['Police guarded the home of Prem Tinsulanonda after a blast', 'actor:person:prem-tinsulanonda=TH'],
    [
      'Students fled a blast at the Universidad Catolica Boliviana',
      'actor:universidad-catolica-boliviana=BO',
    ],
    ['Police cordoned off Al-Asif Square after a blast', 'place:pk:karachi:al-asif-square=PK'],
    ['A grenade hit a cloth shop on Hari Singh High Street', 'place:in:srinagar:hari-singh-high-street=IN'],
    ['Masked men set fire to a car in PIB colony', 'place:pk:karachi:pib-colony=PK'],
    ['Molotov cocktails hit an office in Sindagma Square', 'place:gr:athens:syntagma=GR'],
    ['Two KFOR soldiers were wounded by a grenade', 'actor:kfor=XK'],
    ['A bomb exploded under an UNMIK vehicle', 'actor:unmik=XK'],
    ['Riot police in FYROM detained four students', 'country:MK=MK'],
    ['A Tibetan teacher was detained after the protest', 'region:cn:tibet=CN'],
    ['A shop owner was beaten in Sandzak overnight', 'region:rs:sandzak=RS'],
    ['Soldiers raided homes in Arroub before dawn', 'place:ps:al-arroub=PS'],
    ['A parcel bomb was left on the Kavkaz federal highway', 'place:ru:kavkaz-highway=RU'],
    ['Youths set two Bizkaibus coaches alight at a depot', 'actor:org:bizkaibus=ES'],
    ['A letter bomb addressed to a Kathimerini editor was defused', 'actor:org:kathimerini=GR'],
    ['Gunmen fired at a COSIDER site office overnight', 'actor:org:cosider=DZ'],
    ['A grenade was thrown at the Daily Jang offices', 'actor:org:daily-jang=PK'],
    ['Masked men daubed slogans on a Falange Espanola office', 'actor:falange-espanola=ES'],
    ['Arsonists torched a car of the EUPM near a hotel', 'actor:igo:eupm=BA'],
    ['Two delegates bound for the Loya Jirga were shot at', 'actor:org:loya-jirga=AF'],
    ['A Thuringian minister received a hoax parcel bomb', 'region:de:thuringia=DE'],
    ['Campus guards defused a device left in a UCLA laboratory', 'place:us:los-angeles:ucla=US'],
    ['Gunmen fired on the car of a Lok Sabha member', 'actor:org:parliament-of-india=IN'],
    ['Rebels looted the house of a Pratinidhi Sabha member', 'actor:org:parliament-of-nepal=NP'],
    ['A letter bomb reached a Knesset member at her home', 'actor:org:knesset=IL'],
    ['A Sunni Tahrik rally was fired upon', 'actor:sunni-tehreek=PK'],
    ['Oviedists were blamed for the firebomb', 'actor:party:oviedistas=PY'],
    ['A grenade hit the Teleamazonas studios', 'actor:org:teleamazonas=EC'],
    ['Shots were fired at Akezhan Kazhegeldin on a farm', 'actor:person:akezhan-kazhegeldin=KZ'],
    ['A bomb went off at the Bari Imam shrine', 'place:pk:islamabad:bari-imam=PK'],
    ['A refugee from the Baqaa camp opened fire', 'place:jo:baqaa-camp=JO'],
    ['A pipe bomb was left outside the Dáil', 'actor:org:dail-eireann=IE'],
    ['Gunmen fired on Senator Piedad Cordoba', 'actor:person:piedad-cordoba=CO'],
    ['A device went off at the Fermin Toro University', 'place:ve:barquisimeto:fermin-toro-university=VE'],
    ['Rebels torched the Sadar Hills office', 'region:in:sadar-hills=IN'],
    ['A bomb damaged a Chase Manhattan Bank branch', 'actor:org:chase-manhattan=US'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('reads a firm or a charity named after a country as the body, not the country', () => {
    const text =
      'A bomb hit a United States Protection and Investigation convoy near the CARE Australia office';
    expect(found(text)).toEqual(['actor:org:uspi=-', 'actor:org:care-australia=-']);
  });

  it('keeps a bare Khash of a Nimroz story in Afghanistan', () => {
    expect(found('A bomb exploded in Khash district of Nimroz province')).toContain('place:af:khash=AF');
  });

  it('reads a town the worldwide gazetteer holds even when the text names another country', () => {
    const text = 'Arsonists hit a firm in Bad Oldesloe. Its vehicles are used in Iraq.';
    expect(found(text)).toContain('place:de:bad-oldesloe=DE');
  });

  it("reads a group's name that ends in a country as the group, not the country", () => {
    const text = "An embassy fire was owned to by People's Army of the Oppressed in Zaire";
    expect(found(text)).toEqual(['actor:peoples-army-of-the-oppressed-in-zaire=CD']);
  });
});
