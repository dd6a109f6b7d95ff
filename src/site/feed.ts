// Dates in the RSS feed. RSS's pubDate is a full RFC 822 date-time, so it is given only when
// the day is known; every dated item also carries Dublin Core's dc:date (W3C-DTF), which
// allows the partial dates an archive has (2022, 2022-06), so no day or month is invented.
export function rssDates(date: string | null): { pubDate?: Date; customData?: string } {
  if (!date) return {};
  const dc = `<dc:date>${date}</dc:date>`;
  // midnight in China, where the papers are dated
  if (date.length === 10) return { pubDate: new Date(`${date}T00:00:00+08:00`), customData: dc };
  return { customData: dc };
}
