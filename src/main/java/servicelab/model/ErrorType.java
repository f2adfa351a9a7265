package servicelab.model;

/**
 * Kubernetes' field error types (apimachinery field.ErrorType), plus the kinds of failure that
 * happen before validation: a document that does not parse, a field the strict decoder rejects,
 * and a kind/apiVersion the modelled cluster does not serve.
 */
public enum ErrorType {
    Required, Invalid, Duplicate, NotSupported, Forbidden, TooLong, TooMany, NotFound,
    YAMLSyntax, UnknownField, UnsupportedAPI
}
