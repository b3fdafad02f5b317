package amity.stage;

import amity.model.Document;
import amity.model.Page;

/** Classifies a page's lines and cuts it into stories: headline, dateline, body. */
public interface Cleaner {
  Page clean(Document document);
}
