package io.github.bbbjakarta.demo;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The short guest link {@code /lms-demo/guest?course=…&activity=…&token=…} that instructors hand out: on to the
 * guest page of the REST API ({@link GuestResource}), query string unchanged.
 */
@WebServlet("/guest")
public class GuestLinkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/api/guest" + (query == null ? "" : "?" + query));
    }
}
