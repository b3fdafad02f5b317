package amity.model;

/** What a line of a page is, as the cleaner sees it. */
public enum LineKind {
  HEADLINE,
  /** Place and agency that open a story: "HÀ NỘI —", "越通社河内 ——", "VOV.VN -". */
  DATELINE,
  BODY,
  /** Photo caption or image placeholder. */
  CAPTION,
  /** Agency sign-off: "VNA/VNS", "(完)", "Mời quý độc giả theo dõi …". */
  SIGNOFF,
  /** A heading that introduces a related-headline list: "See also", "更多", "Tin liên quan". */
  RELATED_HEADING,
  /** One entry of a related-headline list (headline or its timestamp). */
  RELATED,
  /** Menus, share buttons and other page furniture. */
  NAVIGATION,
  BLANK
}
