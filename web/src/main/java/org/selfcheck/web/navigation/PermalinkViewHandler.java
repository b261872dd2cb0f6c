package org.selfcheck.web.navigation;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Forms on a record page post back to the record's permanent link ({@code /hazards/42}), not to the bare page:
 * the address bar keeps the record, so reloading or bookmarking the page after an action still shows it.
 */
public class PermalinkViewHandler extends ViewHandlerWrapper {

    public PermalinkViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String id = context.getExternalContext().getRequestParameterMap().get("id");
        var collection = Permalinks.collectionOf(viewId);
        if (collection.isPresent() && Permalinks.PAGES.get(collection.get()).accepts(id)) {
            return context.getExternalContext().getRequestContextPath() + collection.get() + "/" + id;
        }
        return super.getActionURL(context, viewId);
    }
}
