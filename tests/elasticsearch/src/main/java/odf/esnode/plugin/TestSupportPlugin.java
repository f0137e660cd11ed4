package odf.esnode.plugin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;

/**
 * Test-only stand-in for the parts of Elasticsearch's analysis-common and
 * rest-root modules that this project needs. Neither module is in the
 * integ-test-zip distribution, the only ES 8 distribution on Maven Central.
 *
 * rest-root: GET / and HEAD / (cluster/version info; the Python client's
 * info() and ping()), see {@link RootInfoHandler}.
 *
 * analysis-common: the analysis parts of Elasticsearch's analysis-common
 * module. It registers, under the names and with the main options that real ES uses,
 * only what this project's search needs:
 *  - language analyzers (english, french, spanish, portuguese, russian, arabic,
 *    german, italian), each the same Lucene analyzer that analysis-common wraps,
 *    honouring "stopwords" and "stem_exclusion";
 *  - the token filters Wagtail's index settings name: lowercase, asciifolding,
 *    ngram, edge_ngram; and the ngram/edge_ngram tokenizers.
 * Real ES also validates index.max_ngram_diff; this stand-in does not.
 */
public class TestSupportPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public java.util.Collection<?> createComponents(PluginServices services) {
        // Kept for GET /, which reports the cluster's name and UUID.
        clusterService = services.clusterService();
        return List.of();
    }

    @Override
    public java.util.Collection<RestHandler> getRestHandlers(
        Settings settings, NamedWriteableRegistry namedWriteableRegistry, RestController restController,
        ClusterSettings clusterSettings, IndexScopedSettings indexScopedSettings, SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver, Supplier<DiscoveryNodes> nodesInCluster,
        java.util.function.Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootInfoHandler(() -> clusterService));
    }

    /** (stopwords, stem exclusions) -> the Lucene analyzer analysis-common uses. */
    private record Language(
        Supplier<CharArraySet> defaultStopwords,
        BiFunction<CharArraySet, CharArraySet, Analyzer> build
    ) {}

    private static final Map<String, Language> LANGUAGES = Map.of(
        "english", new Language(EnglishAnalyzer::getDefaultStopSet, EnglishAnalyzer::new),
        "french", new Language(FrenchAnalyzer::getDefaultStopSet, FrenchAnalyzer::new),
        "spanish", new Language(SpanishAnalyzer::getDefaultStopSet, SpanishAnalyzer::new),
        "portuguese", new Language(PortugueseAnalyzer::getDefaultStopSet, PortugueseAnalyzer::new),
        "russian", new Language(RussianAnalyzer::getDefaultStopSet, RussianAnalyzer::new),
        "arabic", new Language(ArabicAnalyzer::getDefaultStopSet, ArabicAnalyzer::new),
        "german", new Language(GermanAnalyzer::getDefaultStopSet, GermanAnalyzer::new),
        "italian", new Language(ItalianAnalyzer::getDefaultStopSet, ItalianAnalyzer::new)
    );

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new java.util.HashMap<>();
        LANGUAGES.forEach((name, language) -> analyzers.put(name, (indexSettings, env, analyzerName, settings) -> {
            // Parsed once per index/analyzer definition, as in analysis-common.
            Analyzer analyzer = language.build().apply(
                Analysis.parseStopWords(env, settings, language.defaultStopwords().get()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET)
            );
            return new AbstractIndexAnalyzerProvider<Analyzer>(analyzerName, settings) {
                @Override
                public Analyzer get() {
                    return analyzer;
                }
            };
        }));
        return analyzers;
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "lowercase", (indexSettings, env, name, settings) -> new LowercaseFilterFactory(name, settings),
            "asciifolding", (indexSettings, env, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
            "ngram", (indexSettings, env, name, settings) -> filter(name, settings, in -> new NGramTokenFilter(
                in, settings.getAsInt("min_gram", 1), settings.getAsInt("max_gram", 2),
                settings.getAsBoolean("preserve_original", false))),
            "edge_ngram", (indexSettings, env, name, settings) -> filter(name, settings, in -> new EdgeNGramTokenFilter(
                in, settings.getAsInt("min_gram", 1), settings.getAsInt("max_gram", 2),
                settings.getAsBoolean("preserve_original", false)))
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1), max = settings.getAsInt("max_gram", 2);
                TokenChars chars = new TokenChars(settings.getAsList("token_chars"));
                return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int c) {
                        return chars.matches(c);
                    }
                });
            },
            "edge_ngram", (indexSettings, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1), max = settings.getAsInt("max_gram", 2);
                TokenChars chars = new TokenChars(settings.getAsList("token_chars"));
                return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(min, max) {
                    @Override
                    protected boolean isTokenChar(int c) {
                        return chars.matches(c);
                    }
                });
            }
        );
    }

    private static TokenFilterFactory filter(String name, Settings settings,
                                             java.util.function.UnaryOperator<TokenStream> wrap) {
        return new AbstractTokenFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream in) {
                return wrap.apply(in);
            }
        };
    }

    /** Normalizing, so it also works in keyword normalizers, as in real ES. */
    private static final class LowercaseFilterFactory extends AbstractTokenFilterFactory
        implements NormalizingTokenFilterFactory {
        private final String language;

        LowercaseFilterFactory(String name, Settings settings) {
            super(name, settings);
            this.language = settings.get("language", "").toLowerCase(Locale.ROOT);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return switch (language) {
                case "greek" -> new GreekLowerCaseFilter(in);
                case "turkish" -> new TurkishLowerCaseFilter(in);
                default -> new LowerCaseFilter(in);
            };
        }
    }

    private static final class AsciiFoldingFilterFactory extends AbstractTokenFilterFactory
        implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        AsciiFoldingFilterFactory(String name, Settings settings) {
            super(name, settings);
            this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ASCIIFoldingFilter(in, preserveOriginal);
        }
    }

    /** The "token_chars" classes of ES's ngram tokenizers; none listed = every character. */
    private record TokenChars(List<String> classes) {
        private static final List<String> KNOWN = List.of("letter", "digit", "whitespace", "punctuation", "symbol");

        TokenChars {
            // Fail at index creation, as ES does, not later while tokenizing.
            for (String cls : classes) {
                if (KNOWN.contains(cls) == false) {
                    throw new IllegalArgumentException("unsupported token_chars class [" + cls + "]");
                }
            }
        }

        boolean matches(int c) {
            if (classes.isEmpty()) {
                return true;
            }
            for (String cls : classes) {
                boolean hit = switch (cls) {
                    case "letter" -> Character.isLetter(c);
                    case "digit" -> Character.isDigit(c);
                    case "whitespace" -> Character.isWhitespace(c);
                    case "punctuation" -> switch (Character.getType(c)) {
                        case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                            Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                            Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> true;
                        default -> false;
                    };
                    case "symbol" -> switch (Character.getType(c)) {
                        case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                            Character.OTHER_SYMBOL -> true;
                        default -> false;
                    };
                    default -> false;
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }
    }
}
