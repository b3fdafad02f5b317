package amity.spark;

import java.io.IOException;
import org.apache.spark.sql.SparkSession;

/** One stage of the job: reads what the stage before it wrote (or the input) and writes tables. */
public interface Stage {
  /**
   * Runs the stage; the tables it writes replace any there.
   *
   * @return one line saying what it did ("166 records read, 166 analysed, …")
   * @throws IOException when its input cannot be listed
   */
  String run(SparkSession spark, JobOptions options, Knowledge kb) throws IOException;
}
