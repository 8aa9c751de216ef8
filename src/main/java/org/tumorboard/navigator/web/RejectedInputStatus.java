package org.tumorboard.navigator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page shown again because what was submitted was rejected (a form whose binding has errors, such as the case
 * form re-shown with a message beside each field) answers 400 Bad Request, not 200: the same status the JSON twin
 * and the API give the same input. A page that sets its own status keeps it.
 */
@Configuration(proxyBeanMethods = false)
class RejectedInputStatus implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page != null && page.getStatus() == null && page.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult binding && binding.hasErrors())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
