package org.tumorboard.navigator.results;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.tumorboard.navigator.engine.Evaluation;
import org.tumorboard.navigator.engine.EvaluationJson;

/**
 * Writes every {@link Evaluation} a controller returns as JSON ({@code POST /api/evaluations},
 * {@code /cases/evaluation.json}) from the parts {@link EvaluationJson} serialized once per rule set: the same bytes
 * Jackson writes, with a {@code Content-Length}. Registered ahead of Jackson's converter; it reads nothing.
 */
class EvaluationMessageConverter extends AbstractHttpMessageConverter<Evaluation> {

    private final EvaluationJson json;

    EvaluationMessageConverter(EvaluationJson json) {
        super(MediaType.APPLICATION_JSON);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Evaluation.class.equals(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Evaluation readInternal(Class<? extends Evaluation> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("an evaluation is never read", input);
    }

    @Override
    protected void writeInternal(Evaluation evaluation, HttpOutputMessage output) throws IOException {
        byte[] bytes = json.toBytes(evaluation);   // one write: the servlet stream's cost is per call, not per byte
        output.getHeaders().setContentLength(bytes.length);
        output.getBody().write(bytes);
    }
}
