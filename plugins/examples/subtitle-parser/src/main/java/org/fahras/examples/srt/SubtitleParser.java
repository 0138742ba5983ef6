package org.fahras.examples.srt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.DocumentParser;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.pf4j.Extension;

/** The spoken text of SubRip subtitles ({@code .srt}): an example {@link DocumentParser}. */
// begin-snippet: subtitle-parser
@Extension(ordinal = 10) // asked before the Tika plugin (ordinal 0)
public class SubtitleParser implements DocumentParser {

  private static final Pattern TIMING = Pattern.compile("\\d\\d:\\d\\d:\\d\\d[,.]\\d{3} --> .*");

  @Override
  public String id() {
    return "srt";
  }

  @Override
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".srt");
  }

  @Override
  public ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    String srt = read(request.file());
    StringBuilder text = new StringBuilder();
    List<String> warnings = new ArrayList<>();
    int cues = 0;
    for (String line : srt.split("\r?\n")) {
      if (TIMING.matcher(line).matches()) {
        cues++;
      } else if (!line.isBlank() && !line.strip().matches("\\d+")) { // skip cue numbers
        text.append(line.replaceAll("<[^>]*>", "").strip()).append('\n'); // drop <i>, <b> …
      }
      if (text.length() > request.maxCharacters()) { // respect the limit, and say so
        text.setLength((int) request.maxCharacters());
        warnings.add("text cut at " + request.maxCharacters() + " characters");
        break;
      }
    }
    if (cues == 0) { // never return empty text for a file we could not read
      throw new DocumentParseException(Reason.CORRUPT, "not a SubRip file: no cue timings found");
    }
    return new ParsedDocument(
        text.toString(), null, null, null, null, null, "application/x-subrip", null, null, warnings);
  }

  private static String read(Path file) throws DocumentParseException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new DocumentParseException(Reason.UNSUPPORTED, "not UTF-8: save the subtitles as UTF-8");
    } catch (IOException e) {
      throw new DocumentParseException(Reason.IO, "cannot read the file: " + e.getMessage(), e);
    }
  }
}
// end-snippet
