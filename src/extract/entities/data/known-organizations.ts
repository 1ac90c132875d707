import type { OrganizationKind } from '../../types.ts';

/**
 * Widely known organizations whose names carry no organization word, with their usual short forms.
 * General world knowledge (international bodies, major news agencies, long-established armed groups),
 * the kind of list any news NER lexicon ships; it is not derived from the corpus. Names that a head
 * word already covers ("X Ministry") or that a pattern introduces ("X (ABC)") need no entry.
 */
export interface KnownOrganization {
  name: string;
  aliases: readonly string[];
  kind: OrganizationKind;
}

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  // international bodies
  { name: 'United Nations', aliases: ['UN', 'U.N.'], kind: 'international' },
  { name: 'United Nations Security Council', aliases: ['UN Security Council', 'U.N. Security Council', 'UNSC', 'Security Council'], kind: 'international' },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'], kind: 'international' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], kind: 'international' },
  { name: 'African Union', aliases: ['AU', 'A.U.'], kind: 'international' },
  { name: 'Arab League', aliases: ['League of Arab States'], kind: 'international' },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"], kind: 'international' },
  { name: 'UNHCR', aliases: ['U.N. refugee agency', 'UN refugee agency'], kind: 'international' },
  { name: 'World Health Organization', aliases: ['WHO'], kind: 'international' },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], kind: 'international' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], kind: 'ngo' },
  { name: 'Doctors Without Borders', aliases: ['MSF', 'Medecins Sans Frontieres'], kind: 'ngo' },
  { name: 'Amnesty International', aliases: ['Amnesty'], kind: 'ngo' },
  { name: 'Human Rights Watch', aliases: ['HRW'], kind: 'ngo' },
  { name: 'International Criminal Court', aliases: ['ICC'], kind: 'international' },
  { name: 'OPEC', aliases: [], kind: 'international' },
  // news agencies and broadcasters
  { name: 'Reuters', aliases: [], kind: 'news_agency' },
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'], kind: 'news_agency' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], kind: 'news_agency' },
  { name: 'VOA', aliases: ['Voice of America'], kind: 'news_agency' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], kind: 'news_agency' },
  { name: 'CNN', aliases: [], kind: 'news_agency' },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Aljazeera'], kind: 'news_agency' },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya', 'al-Arabia', 'Al Arabia'], kind: 'news_agency' },
  { name: 'Xinhua', aliases: [], kind: 'news_agency' },
  { name: 'TASS', aliases: ['ITAR-TASS'], kind: 'news_agency' },
  { name: 'RIA Novosti', aliases: ['RIA'], kind: 'news_agency' },
  { name: 'Interfax', aliases: [], kind: 'news_agency' },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], kind: 'news_agency' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], kind: 'news_agency' },
  { name: 'Fars', aliases: ['Fars News Agency'], kind: 'news_agency' },
  { name: 'Tasnim', aliases: ['Tasnim News Agency'], kind: 'news_agency' },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'], kind: 'news_agency' },
  { name: 'Dawn', aliases: [], kind: 'news_agency' },
  // armed groups and movements
  { name: 'Islamic State', aliases: ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], kind: 'armed_group' },
  { name: 'al-Qaida', aliases: ['al-Qaeda', 'al Qaeda', 'al Qaida', 'Al-Qaeda', 'Al Qaeda'], kind: 'armed_group' },
  { name: 'Taliban', aliases: [], kind: 'armed_group' },
  { name: 'al-Qaida in the Arabian Peninsula', aliases: ['AQAP', 'al-Qaeda in the Arabian Peninsula'], kind: 'armed_group' },
  { name: 'al-Qaida in the Islamic Maghreb', aliases: ['AQIM', 'al-Qaeda in the Islamic Maghreb'], kind: 'armed_group' },
  { name: 'Al-Shabab', aliases: ['al-Shabaab', 'Al Shabab', 'al-Shabab', 'Al Shabaab'], kind: 'armed_group' },
  { name: 'Boko Haram', aliases: [], kind: 'armed_group' },
  { name: 'Abu Sayyaf', aliases: [], kind: 'armed_group' },
  { name: 'Islamic State West Africa Province', aliases: ['ISWAP'], kind: 'armed_group' },
  { name: 'Jamaat Nusrat al-Islam wal-Muslimin', aliases: ['JNIM'], kind: 'armed_group' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizbullah'], kind: 'armed_group' },
  { name: 'Hamas', aliases: [], kind: 'armed_group' },
  { name: 'Houthis', aliases: ['Houthi', 'Huthis', 'Ansarullah', 'Ansar Allah'], kind: 'armed_group' },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'], kind: 'armed_group' },
  { name: 'YPG', aliases: ["People's Protection Units"], kind: 'armed_group' },
  { name: 'Syrian Democratic Forces', aliases: ['SDF'], kind: 'armed_group' },
  { name: 'Free Syrian Army', aliases: ['FSA'], kind: 'armed_group' },
  { name: 'Nusra Front', aliases: ['al-Nusra Front', 'Jabhat al-Nusra', 'al-Nusra'], kind: 'armed_group' },
  { name: 'Hayat Tahrir al-Sham', aliases: ['HTS'], kind: 'armed_group' },
  { name: 'Haqqani network', aliases: ['Haqqani Network'], kind: 'armed_group' },
  { name: 'Lashkar-e-Taiba', aliases: ['LeT'], kind: 'armed_group' },
  { name: 'Tehrik-i-Taliban Pakistan', aliases: ['TTP'], kind: 'armed_group' },
  { name: 'Ansar al-Sharia', aliases: ['Ansar al Shariah', 'Ansar al-Shariah', 'Ansar al Sharia'], kind: 'armed_group' },
  { name: 'FARC', aliases: ['Revolutionary Armed Forces of Colombia'], kind: 'armed_group' },
  { name: 'ELN', aliases: [], kind: 'armed_group' },
  { name: 'Muslim Brotherhood', aliases: [], kind: 'party' },
  { name: 'Kurdistan Democratic Party', aliases: ['KDP'], kind: 'party' },
  { name: 'Patriotic Union of Kurdistan', aliases: ['PUK'], kind: 'party' },
  { name: 'Fatah', aliases: [], kind: 'party' },
  { name: 'Wagner Group', aliases: ['Wagner'], kind: 'armed_group' },
  { name: 'Janjaweed', aliases: [], kind: 'armed_group' },
  { name: 'Rapid Support Forces', aliases: ['RSF'], kind: 'armed_group' },
  { name: 'M23', aliases: [], kind: 'armed_group' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], kind: 'government' },
  { name: 'Pentagon', aliases: [], kind: 'government' },
  { name: 'Kremlin', aliases: [], kind: 'government' },
  { name: 'White House', aliases: [], kind: 'government' },
];
