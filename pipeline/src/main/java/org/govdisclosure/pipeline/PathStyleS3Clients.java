package org.govdisclosure.pipeline;

import org.apache.beam.sdk.io.aws2.options.S3ClientBuilderFactory;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.aws2.s3.DefaultS3ClientBuilderFactory;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Beam's S3 clients with path-style addressing ({@code --s3PathStyleAccess}), which Beam's AWS options do not offer:
 * an S3-compatible store at an {@code --endpoint} such as {@code http://10.0.0.5:9000} has no host name per bucket.
 */
public final class PathStyleS3Clients implements S3ClientBuilderFactory {

  @Override
  public S3ClientBuilder createBuilder(S3Options options) {
    return new DefaultS3ClientBuilderFactory().createBuilder(options).forcePathStyle(true);
  }
}
