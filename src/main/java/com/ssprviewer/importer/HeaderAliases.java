package com.ssprviewer.importer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one table of CSV header names the viewer understands, by language. Exports are localised with the portal
 * language, so every header is first reduced to a key (letters and digits only, lower case, accents removed: BOM,
 * spaces, case, {@code Method(s) Used} vs {@code Methods Used} all fold together) and then looked up here.
 * English names are the canonical ones. Spanish is partly confirmed by a public parser ({@code Fecha (UTC)},
 * {@code Categoría}, {@code Resultado}, {@code Servicio}, {@code Actividad}, {@code Agente de usuario},
 * {@code Objetivo1NombrePrincipalDeUsuario}), the rest of Spanish and all of Swedish are educated guesses.
 * To add a language, add its names in {@link #languages()} and its words for the numbered columns in
 * {@link #numbered}. A new export format declares the names of columns of its own with its entry in
 * {@link ExportFormats}, so this table does not change for it ({@link #with}).
 */
public final class HeaderAliases {

    public static final String DATE_UTC = "Date (UTC)";
    public static final String CORRELATION_ID = "CorrelationId";
    public static final String SERVICE = "Service";
    public static final String CATEGORY = "Category";
    public static final String ACTIVITY = "Activity";
    public static final String RESULT = "Result";
    public static final String RESULT_REASON = "ResultReason";
    public static final String USER_AGENT = "User Agent";
    public static final String ACTOR_TYPE = "ActorType";
    public static final String ACTOR_DISPLAY_NAME = "ActorDisplayName";
    public static final String ACTOR_OBJECT_ID = "ActorObjectId";
    public static final String ACTOR_UPN = "ActorUserPrincipalName";
    public static final String IP_ADDRESS = "IPAddress";
    public static final String ACTOR_HOME_TENANT_ID = "ActorHomeTenantId";
    public static final String ACTOR_HOME_TENANT_NAME = "ActorHomeTenantName";
    public static final String ACTOR_SP_ID = "ActorServicePrincipalId";
    public static final String ACTOR_SP_NAME = "ActorServicePrincipalName";

    public static final String USER = "User";
    public static final String ROLE = "Role";
    public static final String DATE_AND_TIME = "Date and Time";
    public static final String METHODS_USED = "Methods Used";
    public static final String DETAILS = "Details";
    public static final String DATA_REGISTERED = "Data Registered";

    /** Numbered audit columns: target N (1-3), its modified property M (1-5), additional detail K (1-6). */
    public static final int TARGETS = 3;
    public static final int PROPERTIES = 5;
    public static final int DETAILS_COUNT = 6;

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String[] row : languages()) {
            for (int i = 1; i < row.length; i++) {
                add(row[i], row[0]);
            }
            add(row[0], row[0]);
        }
        numbered("Target", "Objetivo", "Mål");
    }

    private HeaderAliases() {
    }

    /** The canonical (English) name of a header as exported, or null when the header is not one we read. */
    public static String canonical(String header) {
        return header == null ? null : BY_KEY.get(key(header));
    }

    /**
     * The names of this table and those declared by formats, as one lookup like {@link #canonical}.
     *
     * @param declared rows of a canonical name followed by its other names
     * @throws IllegalStateException when a declared name already means another column
     */
    static UnaryOperator<String> with(List<String[]> declared) {
        if (declared.isEmpty()) {
            return HeaderAliases::canonical;
        }
        Map<String, String> byKey = new HashMap<>(BY_KEY);
        for (String[] row : declared) {
            for (String name : row) {
                add(byKey, name, row[0]);
            }
        }
        return header -> header == null ? null : byKey.get(key(header));
    }

    public static String targetType(int n) {
        return "Target" + n + "Type";
    }

    public static String targetDisplayName(int n) {
        return "Target" + n + "DisplayName";
    }

    public static String targetObjectId(int n) {
        return "Target" + n + "ObjectId";
    }

    public static String targetUpn(int n) {
        return "Target" + n + "UserPrincipalName";
    }

    /** {@code part} is {@code Name}, {@code OldValue} or {@code NewValue}. */
    public static String modifiedProperty(int n, int m, String part) {
        return "Target" + n + "ModifiedProperty" + m + part;
    }

    /** {@code part} is {@code Key} or {@code Value}. */
    public static String additionalDetail(int k, String part) {
        return "AdditionalDetail" + k + part;
    }

    /** Canonical name first, then its names in Spanish and Swedish (and English variants). */
    private static String[][] languages() {
        return new String[][] {
            {DATE_UTC, "Fecha (UTC)", "Fecha UTC", "Datum (UTC)"},
            {CORRELATION_ID, "Correlation Id", "IdDeCorrelacion", "Id. de correlación", "Korrelations-ID"},
            {SERVICE, "Servicio", "Tjänst"},
            {CATEGORY, "Categoría", "Kategori"},
            {ACTIVITY, "Actividad", "Aktivitet"},
            {RESULT, "Resultado", "Resultat"},
            {RESULT_REASON, "Result Reason", "MotivoDelResultado", "Motivo del resultado", "Resultatorsak",
                "Orsak till resultat"},
            {USER_AGENT, "Agente de usuario", "Användaragent"},
            {ACTOR_TYPE, "TipoDeActor", "Aktörstyp"},
            {ACTOR_DISPLAY_NAME, "NombreParaMostrarDelActor", "AktörensVisningsnamn"},
            {ACTOR_OBJECT_ID, "IdDeObjetoDelActor", "AktörensObjektId"},
            {ACTOR_UPN, "NombrePrincipalDeUsuarioDelActor", "AktörensAnvändarhuvudnamn"},
            {IP_ADDRESS, "Dirección IP", "IP-adress"},
            {ACTOR_HOME_TENANT_ID, "IdDeInquilinoPrincipalDelActor", "AktörensHemklientId"},
            {ACTOR_HOME_TENANT_NAME, "NombreDeInquilinoPrincipalDelActor", "AktörensHemklientnamn"},
            {ACTOR_SP_ID, "IdDeEntidadDeServicioDelActor", "AktörensTjänsthuvudnamnId"},
            {ACTOR_SP_NAME, "NombreDeEntidadDeServicioDelActor", "AktörensTjänsthuvudnamn"},
            {USER, "Usuario", "Användare"},
            {ROLE, "Rol", "Roll"},
            {DATE_AND_TIME, "Date/Time", "Fecha y hora", "Datum och tid", "Datum och tidpunkt"},
            {METHODS_USED, "Method(s) Used", "Métodos usados", "Métodos utilizados", "Använda metoder",
                "Metoder som används"},
            {DETAILS, "Detalles", "Detaljer"},
            {DATA_REGISTERED, "Datos registrados", "Registrerade data", "Registrerad information"},
        };
    }

    /** The numbered target and additional-detail columns, one word list per language (English, Spanish, Swedish). */
    private static void numbered(String... targetWords) {
        String[][] parts = {
            {"Type", "Tipo", "Typ"},
            {"DisplayName", "NombreParaMostrar", "Visningsnamn"},
            {"ObjectId", "IdDeObjeto", "ObjektId"},
            {"UserPrincipalName", "NombrePrincipalDeUsuario", "Användarhuvudnamn"},
        };
        String[] property = {"ModifiedProperty", "PropiedadModificada", "ÄndradEgenskap"};
        String[][] propertyParts = {{"Name", "Nombre", "Namn"}, {"OldValue", "ValorAnterior", "GammaltVärde"},
            {"NewValue", "ValorNuevo", "NyttVärde"}};
        String[] detail = {"AdditionalDetail", "DetalleAdicional", "YtterligareInformation"};
        String[][] detailParts = {{"Key", "Clave", "Nyckel"}, {"Value", "Valor", "Värde"}};
        for (int lang = 0; lang < targetWords.length; lang++) {
            for (int n = 1; n <= TARGETS; n++) {
                for (String[] p : parts) {
                    add(targetWords[lang] + n + p[lang], "Target" + n + p[0]);
                }
                for (int m = 1; m <= PROPERTIES; m++) {
                    for (String[] p : propertyParts) {
                        add(targetWords[lang] + n + property[lang] + m + p[lang], modifiedProperty(n, m, p[0]));
                    }
                }
            }
            for (int k = 1; k <= DETAILS_COUNT; k++) {
                for (String[] p : detailParts) {
                    add(detail[lang] + k + p[lang], additionalDetail(k, p[0]));
                }
            }
        }
    }

    private static void add(String alias, String canonical) {
        add(BY_KEY, alias, canonical);
    }

    private static void add(Map<String, String> byKey, String alias, String canonical) {
        String previous = byKey.put(key(alias), canonical);
        if (previous != null && !previous.equals(canonical)) {
            throw new IllegalStateException("Header alias " + alias + " means both " + previous + " and " + canonical);
        }
    }

    /** Letters and digits only, lower case, accents removed. */
    static String key(String header) {
        String decomposed = Normalizer.normalize(header, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
